package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.rule.BindingDecision;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BindingNoticeTest {

    @Test
    void shouldTellANewlyBoundMemberTheirGuide() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.BIND, null, "Lin", null, null);

        assertEquals(BindingNotice.BOUND, notice.getKey());
        assertEquals("Lin", notice.getGuideName());
        assertTrue(notice.isWithRequestedGuide());
    }

    @Test
    void shouldTellAMovedMemberTheirNewGuide() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.REBIND, null, "Chen", "Lin", null);

        assertEquals(BindingNotice.BOUND, notice.getKey());
        assertEquals("Chen", notice.getGuideName());
    }

    @Test
    void shouldSayTheGuideIsAlreadyTheirsOnRenewal() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.RENEW, null, "Lin", "Lin", null);

        assertEquals(BindingNotice.ALREADY_YOUR_GUIDE, notice.getKey());
        assertTrue(notice.isWithRequestedGuide());
    }

    @Test
    void shouldNameTheProtectingGuideAndTheDayProtectionEnds() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.KEEP_CURRENT, BindingDecision.PROTECTED, "Chen",
                "Lin", "2026-04-01");

        assertEquals(BindingNotice.PROTECTED, notice.getKey());
        assertEquals("Lin", notice.getGuideName());
        assertEquals("2026-04-01", notice.getUntil());
        assertFalse(notice.isWithRequestedGuide());
    }

    @Test
    void shouldSayThePolicyKeepsTheCurrentGuide() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.KEEP_CURRENT,
                BindingDecision.POLICY_KEEPS_EXISTING, "Chen", "Lin", null);

        assertEquals(BindingNotice.KEEPS_CURRENT, notice.getKey());
        assertEquals("Lin", notice.getGuideName());
        assertNull(notice.getUntil());
    }

    @Test
    void shouldRefuseAGuideTheirOwnAccount() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.REFUSED, BindingDecision.SELF_BINDING, "Lin",
                null, null);

        assertEquals(BindingNotice.OWN_ACCOUNT, notice.getKey());
    }

    @Test
    void shouldTellAGuideTheyCannotBecomeAColleaguesMember() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.REFUSED, BindingDecision.EMPLOYEE_ACCOUNT, "Lin",
                null, null);

        assertEquals(BindingNotice.COLLEAGUE, notice.getKey());
        assertEquals("Lin", notice.getGuideName());
    }

    @Test
    void shouldSayAnInactiveGuideNoLongerServes() {
        BindingNotice notice = BindingNotice.describe(BindingOutcome.REFUSED, BindingDecision.GUIDE_NOT_ACTIVE, "Lin",
                null, null);

        assertEquals(BindingNotice.GUIDE_INACTIVE, notice.getKey());
        assertEquals("Lin", notice.getGuideName());
    }
}
