package com.guidecommerce.core.membertier.service;

import java.io.Serializable;
import java.math.BigDecimal;

/** What an evaluation would do to one member: from the tier held to the tier the spend at the period's end earns. */
public final class MemberTierProposal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long customerId;
    private final String stateCode;
    private final String fromTier;
    private final String toTier;
    private final BigDecimal spend;
    private final boolean down;

    public MemberTierProposal(Long customerId, String stateCode, String fromTier, String toTier, BigDecimal spend,
                              boolean down) {
        this.customerId = customerId;
        this.stateCode = stateCode;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.spend = spend;
        this.down = down;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** The code in the member's state row ({@code null}: never placed): what the guarded update expects. */
    public String getStateCode() {
        return stateCode;
    }

    public String getFromTier() {
        return fromTier;
    }

    public String getToTier() {
        return toTier;
    }

    /** The rolling spend at the period's end. */
    public BigDecimal getSpend() {
        return spend;
    }

    public boolean isDown() {
        return down;
    }

    @Override
    public String toString() {
        return customerId + ": " + fromTier + " -> " + toTier + " (" + spend + ")";
    }
}
