package com.guidecommerce.core.membertier.dao;

import java.util.Date;

/** A member's row of GC_MEMBER_TIER_STATE as read: the tier code ({@code null} when never placed) and since when. */
public final class MemberTierState {

    private final Long customerId;
    private final String tierCode;
    private final Date since;

    public MemberTierState(Long customerId, String tierCode, Date since) {
        this.customerId = customerId;
        this.tierCode = tierCode;
        this.since = since;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getTierCode() {
        return tierCode;
    }

    public Date getSince() {
        return since;
    }
}
