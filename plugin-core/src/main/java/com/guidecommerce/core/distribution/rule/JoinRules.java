package com.guidecommerce.core.distribution.rule;

import com.guidecommerce.core.distribution.domain.DistributorStatus;

import java.util.Date;

/**
 * Whether a member may become the distributor of the guide who invited them. The invitation is checked first (a
 * used or expired link says so whoever opens it), then the guide, then the member.
 */
public final class JoinRules {

    private JoinRules() {
    }

    /** Decides for an invitation sent by a guide (depth {@link DistributionTerms#GUIDE_DEPTH}). */
    public static JoinDecision decide(JoinFacts facts, DistributionTerms terms, Date now) {
        if (facts.isAlreadyAccepted()) {
            return JoinDecision.refuse(JoinRefusal.INVITATION_USED);
        }
        if (!facts.getExpiresAt().after(now)) {
            return JoinDecision.refuse(JoinRefusal.INVITATION_EXPIRED);
        }
        if (!facts.isGuideActive()) {
            return JoinDecision.refuse(JoinRefusal.GUIDE_INACTIVE);
        }
        if (!terms.mayRecruitFrom(DistributionTerms.GUIDE_DEPTH)) {
            return JoinDecision.refuse(JoinRefusal.RECRUITING_NOT_ALLOWED);
        }
        if (facts.isEmployeeAccount()) {
            return JoinDecision.refuse(JoinRefusal.EMPLOYEE_ACCOUNT);
        }
        if (facts.isMemberDeactivated()) {
            return JoinDecision.refuse(JoinRefusal.MEMBER_DEACTIVATED);
        }
        if (facts.getCurrentStatus() != null && !DistributorStatus.ENDED.equals(facts.getCurrentStatus())) {
            return JoinDecision.refuse(JoinRefusal.ALREADY_DISTRIBUTOR);
        }
        return JoinDecision.join(terms.isApprovalRequired());
    }
}
