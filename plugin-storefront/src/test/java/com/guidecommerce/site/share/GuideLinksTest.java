package com.guidecommerce.site.share;

import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.web.BaseUrlResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(BroadleafContextExtension.class)
class GuideLinksTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    @Resource(name = "blBaseUrlResolver")
    BaseUrlResolver baseUrls;

    private GuideLinks links;

    @BeforeEach
    void setUp() {
        links = new SiteFixtures(context).wired(new GuideLinks());
    }

    @Test
    void shouldShareTheMallWithTheGuidesSignedCode() {
        assertEquals(baseUrls.getSiteBaseUrl() + "/?gc=" + shareCodes.sign("G0042"), links.shareLink("G0042"));
    }

    @Test
    void shouldShareThePlainLandingPageWhileShareCodesAreNotHonoured() {
        links.shareCodes = new ShareCodes("change-me-guide-commerce-share-secret");

        assertEquals(baseUrls.getSiteBaseUrl() + "/g/G0042", links.shareLink("G0042"));
    }

    @Test
    void shouldShareAProductPageByTheMallsProductPath() {
        String byUrl = links.shareLink("D001000", links.productPath(7L, "/dresses/linen"));
        links.setProductPath("/product/{id}");
        String byId = links.shareLink("D001000", links.productPath(7L, "/dresses/linen"));

        assertEquals(baseUrls.getSiteBaseUrl() + "/dresses/linen?gc=" + shareCodes.sign("D001000"), byUrl);
        assertEquals(baseUrls.getSiteBaseUrl() + "/product/7?gc=" + shareCodes.sign("D001000"), byId);
    }

    @Test
    void shouldShareAProductPageWithoutACodeWhileShareCodesAreNotHonoured() {
        links.shareCodes = new ShareCodes("change-me-guide-commerce-share-secret");

        assertEquals(baseUrls.getSiteBaseUrl() + "/dresses/linen", links.shareLink("D001000", "/dresses/linen"));
    }
}
