package com.guidecommerce.core.distribution.rule;

/**
 * Why a member cannot become a distributor through an invitation. The codes are stable; the storefront shows the
 * message {@code gcDistribution.refused.<CODE>} in the shopper's language.
 */
public enum JoinRefusal {

    INVITATION_UNKNOWN,
    INVITATION_EXPIRED,
    INVITATION_USED,
    /** The inviting guide is suspended or has departed. */
    GUIDE_INACTIVE,
    /** The inviter's depth is the maximum: they may not recruit. */
    RECRUITING_NOT_ALLOWED,
    /** The member's account is a guide's (their own or a colleague's): employees are never distributors. */
    EMPLOYEE_ACCOUNT,
    MEMBER_DEACTIVATED,
    /** The member is a distributor already, active, waiting for approval or suspended. */
    ALREADY_DISTRIBUTOR;

    public String getMessageKey() {
        return "gcDistribution.refused." + name();
    }
}
