package com.guidecommerce.admin.membertier.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.membertier.domain.MemberTierChange;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.membertier.service.MemberTierEvaluationResult;
import com.guidecommerce.core.membertier.service.MemberTierService;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.sql.Timestamp;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The member tier evaluation page over the real services, signed in as HQ's administrator. */
class MemberTierEvaluationControllerTest extends SignedInAdminTest {

    @Resource(name = "gcMemberTierService")
    MemberTierService service;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);

    @Test
    void shouldPreviewRunOnceAndRenderTheEvaluationInBothLanguages() throws Exception {
        Customer lapsed = new OrganisationFixtures(context).member();
        TierPeriod period = service.lastEndedPeriod();
        placedGoldBefore(lapsed, period);
        ExtendedModelMap preview = new ExtendedModelMap();

        controller().show(period.getKey(), preview, Locale.ENGLISH, response);
        String chinese = new AdminPages(messageSource).render(preview.asMap(), Locale.SIMPLIFIED_CHINESE);
        String english = new AdminPages(messageSource).render(preview.asMap(), Locale.ENGLISH);
        ExtendedModelMap run = new ExtendedModelMap();
        controller().run(period.getKey(), run, Locale.ENGLISH, response);
        ExtendedModelMap again = new ExtendedModelMap();
        controller().run(period.getKey(), again, Locale.ENGLISH, response);

        assertTrue(english.contains(String.valueOf(lapsed.getId())), "the lapsed member is previewed");
        assertFalse(chinese.contains("??"), chinese);
        assertFalse(english.contains("??"), english);
        assertTrue(((MemberTierEvaluationResult) run.get("result")).isApplied());
        assertFalse(((MemberTierEvaluationResult) again.get("result")).isApplied(), "a period is evaluated once");
        MemberTierChange change = service.history(lapsed.getId(), 1).get(0);
        assertEquals(MemberTierChangeCause.EVALUATION, change.getCause());
        assertEquals("GOLD", change.getFromTier());
        assertEquals("NEW", service.tierCodeOf(lapsed.getId()));
        assertEquals(AdminFixtures.ADMIN, change.getActor());
    }

    @Test
    void shouldSetAMembersTierWithTheReasonAndWhoDidIt() throws Exception {
        Customer member = new OrganisationFixtures(context).member();
        ExtendedModelMap model = new ExtendedModelMap();

        controller().override(" " + member.getId() + " ", "SILVER", "store opening", model, Locale.ENGLISH, response);

        MemberTierChange done = (MemberTierChange) model.get("done");
        assertEquals("SILVER", service.tierCodeOf(member.getId()));
        assertEquals(MemberTierChangeCause.OVERRIDE, done.getCause());
        assertEquals(AdminFixtures.ADMIN, done.getActor());
        assertEquals("store opening", done.getReason());
        String chinese = new AdminPages(messageSource).render(model.asMap(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("\u603b\u90e8\u8c03\u6574"), "the cause, by its Chinese label");
    }

    @Test
    void shouldRefuseAnOverrideWithoutReasonInTheUsersLanguage() throws Exception {
        Customer member = new OrganisationFixtures(context).member();
        ExtendedModelMap model = new ExtendedModelMap();

        controller().override(String.valueOf(member.getId()), "GOLD", " ", model, Locale.SIMPLIFIED_CHINESE, response);

        assertNull(model.get("done"));
        assertEquals(messageSource.getMessage("gcMemberTierError_REASON_REQUIRED", null, Locale.SIMPLIFIED_CHINESE),
                model.get("errorMessage"));
        assertEquals("NEW", service.tierCodeOf(member.getId()));
    }

    private void placedGoldBefore(Customer member, TierPeriod period) {
        fixtures.jdbc().update("INSERT INTO GC_MEMBER_TIER_STATE (CUSTOMER_ID, TIER_CODE, SINCE) VALUES (?, ?, ?)",
                member.getId(), "GOLD", Timestamp.valueOf(period.getFirstDay().atStartOfDay()));
    }

    private MemberTierEvaluationController controller() {
        return new MemberTierEvaluationController(service, pageSupport, messageSource);
    }
}
