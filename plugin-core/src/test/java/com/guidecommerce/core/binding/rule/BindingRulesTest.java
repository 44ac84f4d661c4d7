package com.guidecommerce.core.binding.rule;

import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BindingRulesTest {

    private static final long GUIDE_A = 1L;
    private static final long GUIDE_B = 2L;
    private static final Date NOW = new Date(1_800_000_000_000L);
    private static final PolicyTerms STORE_QR = new PolicyTerms(365, 90, true);
    private static final PolicyTerms SHARE_LINK = new PolicyTerms(30, 0, false);

    @Test
    void shouldBindAMemberWithoutGuideForTheSourcesValidityAndProtection() {
        BindingDecision decision = decide(null, GUIDE_A, STORE_QR);

        assertEquals(BindingOutcome.BIND, decision.getOutcome());
        assertEquals(days(365), decision.getValidUntil());
        assertEquals(days(90), decision.getProtectedUntil());
    }

    @Test
    void shouldBindPermanentlyWhenThePolicyHasNoValidity() {
        BindingDecision decision = decide(null, GUIDE_A, new PolicyTerms(null, 0, true));

        assertNull(decision.getValidUntil());
        assertNull(decision.getProtectedUntil());
    }

    @Test
    void shouldKeepAProtectedMemberWithTheirGuide() {
        CurrentBinding boundToA = new CurrentBinding(GUIDE_A, days(300), days(10));

        BindingDecision decision = decide(boundToA, GUIDE_B, STORE_QR);

        assertEquals(BindingOutcome.KEEP_CURRENT, decision.getOutcome());
        assertEquals(BindingDecision.PROTECTED, decision.getReason());
    }

    @Test
    void shouldLetANewerScanTakeOverOnceProtectionHasEnded() {
        CurrentBinding boundToA = new CurrentBinding(GUIDE_A, days(300), days(-1));

        assertEquals(BindingOutcome.REBIND, decide(boundToA, GUIDE_B, STORE_QR).getOutcome());
    }

    @Test
    void shouldOnlyBindUnboundMembersThroughAShareLink() {
        CurrentBinding boundToA = new CurrentBinding(GUIDE_A, days(300), null);

        BindingDecision decision = decide(boundToA, GUIDE_B, SHARE_LINK);

        assertEquals(BindingOutcome.KEEP_CURRENT, decision.getOutcome());
        assertEquals(BindingDecision.POLICY_KEEPS_EXISTING, decision.getReason());
    }

    @Test
    void shouldTreatAnExpiredBindingAsNoBinding() {
        CurrentBinding expired = new CurrentBinding(GUIDE_A, days(-1), days(-200));

        assertEquals(BindingOutcome.BIND, decide(expired, GUIDE_B, SHARE_LINK).getOutcome());
    }

    @Test
    void shouldRenewWithTheLaterValidityWhenTheSameGuideScansAgain() {
        CurrentBinding boundToA = new CurrentBinding(GUIDE_A, days(400), days(5));

        BindingDecision decision = decide(boundToA, GUIDE_A, SHARE_LINK);

        assertEquals(BindingOutcome.RENEW, decision.getOutcome());
        assertEquals(days(400), decision.getValidUntil());
        assertEquals(days(5), decision.getProtectedUntil());
    }

    @Test
    void shouldKeepAPermanentBindingPermanentOnRenewal() {
        CurrentBinding permanent = new CurrentBinding(GUIDE_A, null, null);

        assertNull(decide(permanent, GUIDE_A, STORE_QR).getValidUntil());
    }

    @Test
    void shouldMoveAProtectedMemberWhenHeadquartersTransfersThem() {
        CurrentBinding boundToA = new CurrentBinding(GUIDE_A, days(300), days(80));

        BindingDecision decision = BindingRules.decide(boundToA, GUIDE_B, true, null, true,
                new PolicyTerms(null, 0, true), NOW);

        assertEquals(BindingOutcome.TRANSFER, decision.getOutcome());
        assertNull(decision.getValidUntil());
    }

    @Test
    void shouldRefuseAGuideWhoIsNotActive() {
        BindingDecision decision = BindingRules.decide(null, GUIDE_A, false, null, false, STORE_QR, NOW);

        assertEquals(BindingOutcome.REFUSED, decision.getOutcome());
        assertEquals(BindingDecision.GUIDE_NOT_ACTIVE, decision.getReason());
    }

    @Test
    void shouldRefuseAGuideBindingTheirOwnAccount() {
        BindingDecision decision = BindingRules.decide(null, GUIDE_A, true, GUIDE_A, false, STORE_QR, NOW);

        assertEquals(BindingOutcome.REFUSED, decision.getOutcome());
        assertEquals(BindingDecision.SELF_BINDING, decision.getReason());
    }

    @Test
    void shouldRefuseAScanOfAColleagueByAGuidesAccount() {
        BindingDecision decision = BindingRules.decide(null, GUIDE_A, true, GUIDE_B, false, STORE_QR, NOW);

        assertEquals(BindingOutcome.REFUSED, decision.getOutcome());
        assertEquals(BindingDecision.EMPLOYEE_ACCOUNT, decision.getReason());
    }

    @Test
    void shouldRefuseAColleaguesShareLinkToAGuidesAccount() {
        BindingDecision decision = BindingRules.decide(null, GUIDE_A, true, GUIDE_B, false, SHARE_LINK, NOW);

        assertEquals(BindingOutcome.REFUSED, decision.getOutcome());
        assertEquals(BindingDecision.EMPLOYEE_ACCOUNT, decision.getReason());
    }

    @Test
    void shouldLetHqBindAnotherGuidesEmployeeAccountButFlagIt() {
        BindingDecision decision = BindingRules.decide(null, GUIDE_A, true, GUIDE_B, true, STORE_QR, NOW);

        assertEquals(BindingOutcome.TRANSFER, decision.getOutcome());
        assertTrue(decision.isEmployeeAccount());
    }

    @Test
    void shouldNotFlagOrdinaryMembers() {
        assertFalse(decide(null, GUIDE_A, STORE_QR).isEmployeeAccount());
    }

    private static BindingDecision decide(CurrentBinding current, long guide, PolicyTerms terms) {
        return BindingRules.decide(current, guide, true, null, false, terms, NOW);
    }

    private static Date days(int days) {
        return new Date(NOW.getTime() + TimeUnit.DAYS.toMillis(days));
    }
}
