package com.guidecommerce.admin.packagecard;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What a printed card says: the campaign's texts or the admin's defaults, and the order line in the admin's language. */
class PackageCardTextsTest {

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    private final PackageCardCampaign campaign = mock(PackageCardCampaign.class);
    private PackageCardTexts texts;

    @BeforeEach
    void campaign() {
        messages.setBasename("classpath:messages/GuideCommerceAdminMessages");
        messages.setDefaultEncoding("ISO-8859-1");
        messages.setFallbackToSystemLocale(false);
        texts = new PackageCardTexts(messages, "http://localhost:8080/", "\u8863\u6f9c \u00c9LAN");
        Channel tmall = mock(Channel.class);
        when(tmall.getName()).thenReturn("\u5929\u732b");
        Store store = mock(Store.class);
        when(store.getName()).thenReturn("\u6df1\u5733\u5e97");
        when(campaign.getChannel()).thenReturn(tmall);
        when(campaign.getStore()).thenReturn(store);
    }

    @Test
    void shouldPrintTheCampaignsTextsAndTheOrderLineInChinese() {
        when(campaign.getHeadline()).thenReturn("\u626b\u7801\u9886\u793c");
        when(campaign.getBenefit()).thenReturn("\u9996\u5355\u7acb\u51cf 20 \u5143");

        PackageCardContent card = texts.card(campaign, "TM1001", "PC7-TM1001-ab", Locale.SIMPLIFIED_CHINESE);

        assertEquals("\u8863\u6f9c \u00c9LAN", card.getBrand());
        assertEquals("\u626b\u7801\u9886\u793c", card.getHeadline());
        assertEquals("\u9996\u5355\u7acb\u51cf 20 \u5143", card.getBenefit());
        assertEquals("\u6df1\u5733\u5e97", card.getStore());
        assertEquals("\u5929\u732b \u8ba2\u5355 TM1001", card.getOrderLine());
        assertEquals("http://localhost:8080/card/PC7-TM1001-ab", card.getLandingUrl());
    }

    @Test
    void shouldFallBackToTheDefaultTextsInTheAdminsLanguage() {
        when(campaign.getHeadline()).thenReturn("  ");

        PackageCardContent card = texts.card(campaign, null, "PC7-0-ab", Locale.US);

        assertEquals("Scan to meet your personal stylist", card.getHeadline());
        assertEquals("Become a member and enjoy member prices in every channel", card.getBenefit());
        assertEquals("", card.getOrderLine());
    }
}
