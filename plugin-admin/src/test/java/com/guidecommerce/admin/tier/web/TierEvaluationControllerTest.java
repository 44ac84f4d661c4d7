package com.guidecommerce.admin.tier.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.tier.domain.TierChange;
import com.guidecommerce.core.tier.domain.TierChangeCause;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tier evaluation page over the real services, signed in as HQ's administrator. */
class TierEvaluationControllerTest extends SignedInAdminTest {

    @Resource(name = "gcTierService")
    TierService tierService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    Guide guide;
    Distributor distributor;

    @BeforeEach
    void distributor() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        guide = organisation.guide(organisation.store());
        distributor = distributionService.accept(distributionService.invite(guide).getToken(), organisation.member())
                .getDistributor();
    }

    @Test
    void shouldSetADistributorsTierByCodeWithTheReasonAndWhoDidIt() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().override("DISTRIBUTOR", " " + distributor.getCode() + " ", "D_GOLD", "spring fair", model,
                Locale.ENGLISH, response);

        TierChange done = (TierChange) model.get("done");
        assertEquals("D_GOLD", distributionService.findById(distributor.getId()).getTierCode());
        assertEquals(TierChangeCause.OVERRIDE, done.getCause());
        assertEquals(AdminFixtures.ADMIN, done.getActor());
        assertEquals("spring fair", tierService.findHistory(TierSubject.DISTRIBUTOR, distributor.getId(), 1).get(0)
                .getReason());
    }

    @Test
    void shouldRefuseAnOverrideWithoutReasonInTheUsersLanguage() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().override("GUIDE", guide.getGuideCode(), "SUPER", "", model, Locale.SIMPLIFIED_CHINESE, response);

        assertNull(model.get("done"));
        assertEquals(messageSource.getMessage("gcTierError_REASON_REQUIRED", null, Locale.SIMPLIFIED_CHINESE),
                model.get("errorMessage"));
        assertEquals("NORMAL", organisationService.findGuideByCode(guide.getGuideCode()).getTierCode());
    }

    @Test
    void shouldPreviewTheLadderAndRenderInBothLanguages() throws Exception {
        tierService.override(TierSubject.GUIDE, guide.getId(), "SUPER", AdminFixtures.ADMIN, "promoted by HQ");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show("GUIDE", model, response);

        String chinese = new AdminPages(messageSource).render(model.asMap(), Locale.SIMPLIFIED_CHINESE);
        String english = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
        assertTrue(english.contains(guide.getGuideCode()), "the guide is previewed");
        assertTrue(chinese.contains("promoted by HQ"), "the history shows the reason");
        assertTrue(chinese.contains("\u603b\u90e8\u8c03\u6574"), "the cause, by its Chinese label");
        assertFalse(chinese.contains("??"), chinese);
        assertFalse(english.contains("??"), english);
    }

    private TierEvaluationController controller() {
        return new TierEvaluationController(tierService, organisationService, distributionService, pageSupport,
                messageSource);
    }
}
