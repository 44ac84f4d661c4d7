package com.guidecommerce.core.distribution.rule;

import com.guidecommerce.core.distribution.domain.DistributorStatus;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JoinRulesTest {

    private static final Date NOW = new Date(1_800_000_000_000L);
    private static final Date TOMORROW = new Date(NOW.getTime() + 86_400_000L);
    private static final DistributionTerms DEFAULTS = new DistributionTerms(false, 1, 14);

    @Test
    void shouldJoinAtOnceWithoutApproval() {
        assertEquals(JoinOutcome.JOINED, JoinRules.decide(newMember(), DEFAULTS, NOW).getOutcome());
    }

    @Test
    void shouldWaitForApprovalWhenRequired() {
        DistributionTerms approval = new DistributionTerms(true, 1, 14);

        assertEquals(JoinOutcome.PENDING_APPROVAL, JoinRules.decide(newMember(), approval, NOW).getOutcome());
    }

    @Test
    void shouldLetAnEndedDistributorJoinAgain() {
        JoinFacts facts = new JoinFacts(TOMORROW, false, true, false, false, DistributorStatus.ENDED);

        assertEquals(JoinOutcome.JOINED, JoinRules.decide(facts, DEFAULTS, NOW).getOutcome());
    }

    @Test
    void shouldRefuseAUsedInvitation() {
        assertRefused(JoinRefusal.INVITATION_USED, new JoinFacts(TOMORROW, true, true, false, false, null));
    }

    @Test
    void shouldRefuseAnInvitationAtTheMomentItExpires() {
        assertRefused(JoinRefusal.INVITATION_EXPIRED, new JoinFacts(NOW, false, true, false, false, null));
    }

    @Test
    void shouldRefuseWhenTheGuideIsNoLongerActive() {
        assertRefused(JoinRefusal.GUIDE_INACTIVE, new JoinFacts(TOMORROW, false, false, false, false, null));
    }

    @Test
    void shouldRefuseWhenRecruitingIsSwitchedOff() {
        JoinDecision decision = JoinRules.decide(newMember(), new DistributionTerms(false, 0, 14), NOW);

        assertEquals(JoinRefusal.RECRUITING_NOT_ALLOWED, decision.getRefusal());
    }

    @Test
    void shouldRefuseAnEmployeeAccount() {
        assertRefused(JoinRefusal.EMPLOYEE_ACCOUNT, new JoinFacts(TOMORROW, false, true, true, false, null));
    }

    @Test
    void shouldRefuseADeactivatedMember() {
        assertRefused(JoinRefusal.MEMBER_DEACTIVATED, new JoinFacts(TOMORROW, false, true, false, true, null));
    }

    @Test
    void shouldRefuseAMemberWhoIsADistributorInAnyStateButEnded() {
        for (DistributorStatus status : new DistributorStatus[] {
                DistributorStatus.PENDING, DistributorStatus.ACTIVE, DistributorStatus.SUSPENDED}) {
            assertRefused(JoinRefusal.ALREADY_DISTRIBUTOR, new JoinFacts(TOMORROW, false, true, false, false, status));
        }
    }

    @Test
    void shouldLetOnlyGuidesRecruitAtTheDefaultDepth() {
        assertEquals(true, DEFAULTS.mayRecruitFrom(DistributionTerms.GUIDE_DEPTH));
        assertEquals(false, DEFAULTS.mayRecruitFrom(1));
        assertEquals(true, new DistributionTerms(false, 2, 14).mayRecruitFrom(1));
    }

    private static JoinFacts newMember() {
        return new JoinFacts(TOMORROW, false, true, false, false, null);
    }

    private static void assertRefused(JoinRefusal expected, JoinFacts facts) {
        JoinDecision decision = JoinRules.decide(facts, DEFAULTS, NOW);
        assertEquals(JoinOutcome.REFUSED, decision.getOutcome());
        assertEquals(expected, decision.getRefusal());
    }
}
