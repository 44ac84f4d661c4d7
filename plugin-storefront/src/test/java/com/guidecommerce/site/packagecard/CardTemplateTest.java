package com.guidecommerce.site.packagecard;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.rule.CardCodes;
import com.guidecommerce.core.packagecard.service.CardView;
import com.guidecommerce.core.packagecard.service.ClaimOutcome;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.PackageCardFixtures;
import com.guidecommerce.site.test.SiteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The card's page rendered with the site's messages, for a visitor and for a member after a claim. */
@ExtendWith(BroadleafContextExtension.class)
class CardTemplateTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPackageCardService")
    PackageCardService cardService;

    private SiteFixtures site;
    private Guide guide;
    private CardView card;

    @BeforeEach
    void card() {
        site = new SiteFixtures(context);
        PackageCardFixtures cards = new PackageCardFixtures(context);
        Channel platform = cards.platform();
        guide = site.activeGuide();
        PackageCardCampaign campaign = cards.campaign(platform, guide.getStore(),
                new Date(System.currentTimeMillis() - 86400000L), null, 30);
        card = cardService.open(cardService.cardCode(campaign.getId(), "T88"));
    }

    @Test
    void shouldShowAVisitorTheCampaignTheStoreAndTheGuideAndTheWayToRegister() {
        Map<String, Object> model = model();
        model.put("successUrl", CardCodes.landingPath(card.getCode()));

        String page = render(model, Locale.ENGLISH);

        assertTrue(page.contains(card.getCampaign().getName()), page);
        assertTrue(page.contains(guide.getName()), page);
        assertTrue(page.contains(guide.getStore().getName()), page);
        assertTrue(page.contains("order T88"), page);
        assertTrue(page.contains("id=\"gc-register\""), page);
        assertFalse(page.contains("??"), page);
    }

    @Test
    void shouldTellAMemberInChineseWhatTheirClaimDid() {
        Map<String, Object> model = model();
        model.put("member", site.member());
        model.put("notice", new CardNotice("gc.card.outcome." + ClaimOutcome.LINKED.name(), 2,
                "gc.card.binding.bound", guide.getName()));

        String page = render(model, Locale.SIMPLIFIED_CHINESE);

        assertTrue(page.contains("2 \u7b14\u5e73\u53f0\u8ba2\u5355\u5df2\u5173\u8054"), page);
        assertTrue(page.contains(guide.getName() + " \u5df2\u6210\u4e3a\u60a8\u7684\u4e13\u5c5e\u5bfc\u8d2d"), page);
        assertFalse(page.contains("gc-card-claim"), page);
        assertFalse(page.contains("??"), page);
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("card", card);
        model.put("brandName", "");
        model.put("landingPath", CardCodes.landingPath(card.getCode()));
        return model;
    }

    private static String render(Map<String, Object> model, Locale locale) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("XML");
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/GuideCommerceSiteMessages");
        engine.setMessageSource(messages);
        try {
            engine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/card/x");
        return engine.process(CardLandingController.VIEW, new WebContext(request, new MockHttpServletResponse(),
                new MockServletContext(), locale, model));
    }
}
