package com.guidecommerce.core.distribution.rule;

/**
 * The merchant's distribution settings: whether HQ approves each new distributor, how deep recruiting goes and how
 * long an invitation stays open.
 */
public class DistributionTerms {

    /** A guide recruits at depth 0; their distributors sit at depth 1. */
    public static final int GUIDE_DEPTH = 0;

    private final boolean approvalRequired;
    private final int maxDepth;
    private final int invitationDays;

    public DistributionTerms(boolean approvalRequired, int maxDepth, int invitationDays) {
        if (maxDepth < 0 || invitationDays < 1) {
            throw new IllegalArgumentException("gc.distribution.maxDepth must be 0 or more and "
                    + "gc.distribution.invitationDays 1 or more (were " + maxDepth + " and " + invitationDays + ")");
        }
        this.approvalRequired = approvalRequired;
        this.maxDepth = maxDepth;
        this.invitationDays = invitationDays;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public int getMaxDepth() {
        return maxDepth;
    }

    public int getInvitationDays() {
        return invitationDays;
    }

    /** Whether someone at this depth may recruit: their recruits would sit one level below, within the maximum. */
    public boolean mayRecruitFrom(int recruiterDepth) {
        return recruiterDepth + 1 <= maxDepth;
    }
}
