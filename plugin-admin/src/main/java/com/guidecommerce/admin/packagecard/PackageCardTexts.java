package com.guidecommerce.admin.packagecard;

import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * What a campaign's printed cards say in the admin user's language: the brand ({@code gc.brand.name}), the
 * campaign's headline and benefit (the admin's default texts while the campaign has none), the campaign's store and,
 * on an order's card, "<channel> order <number>". Bean {@code gcPackageCardTexts}.
 */
public class PackageCardTexts {

    private final MessageSource messageSource;
    private final String siteBaseUrl;
    private final String brandName;

    public PackageCardTexts(MessageSource messageSource, String siteBaseUrl, String brandName) {
        this.messageSource = messageSource;
        this.siteBaseUrl = siteBaseUrl == null ? "" : siteBaseUrl.trim();
        this.brandName = brandName;
    }

    /** The card of {@code orderNo} ({@code null}: the campaign's card without order), whose QR opens {@code code}. */
    public PackageCardContent card(PackageCardCampaign campaign, String orderNo, String code, Locale locale) {
        String orderLine = orderNo == null ? null : messageSource.getMessage("gcPackageCardPrint_orderLine",
                new Object[] {campaign.getChannel().getName(), orderNo}, locale);
        return new PackageCardContent(brandName,
                orDefault(campaign.getHeadline(), "gcPackageCardPrint_defaultHeadline", locale),
                orDefault(campaign.getBenefit(), "gcPackageCardPrint_defaultBenefit", locale),
                campaign.getStore() == null ? null : campaign.getStore().getName(),
                orderLine, landingUrl(code), code);
    }

    public String landingUrl(String code) {
        return PackageCardContent.landingUrl(siteBaseUrl, code);
    }

    private String orDefault(String text, String defaultKey, Locale locale) {
        return text == null || text.trim().isEmpty() ? messageSource.getMessage(defaultKey, null, locale) : text;
    }
}
