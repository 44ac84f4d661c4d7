package com.guidecommerce.core.distribution.rule;

import com.guidecommerce.core.distribution.domain.DistributorStatus;

import java.util.Date;

/** What the join rule needs to know about an invitation, its guide and the accepting member. */
public final class JoinFacts {

    private final Date expiresAt;
    private final boolean alreadyAccepted;
    private final boolean guideActive;
    private final boolean employeeAccount;
    private final boolean memberDeactivated;
    private final DistributorStatus currentStatus;

    /**
     * @param currentStatus the member's distributor status, or null if they never were one
     */
    public JoinFacts(Date expiresAt, boolean alreadyAccepted, boolean guideActive, boolean employeeAccount,
                     boolean memberDeactivated, DistributorStatus currentStatus) {
        this.expiresAt = expiresAt;
        this.alreadyAccepted = alreadyAccepted;
        this.guideActive = guideActive;
        this.employeeAccount = employeeAccount;
        this.memberDeactivated = memberDeactivated;
        this.currentStatus = currentStatus;
    }

    public Date getExpiresAt() {
        return expiresAt;
    }

    public boolean isAlreadyAccepted() {
        return alreadyAccepted;
    }

    public boolean isGuideActive() {
        return guideActive;
    }

    public boolean isEmployeeAccount() {
        return employeeAccount;
    }

    public boolean isMemberDeactivated() {
        return memberDeactivated;
    }

    public DistributorStatus getCurrentStatus() {
        return currentStatus;
    }
}
