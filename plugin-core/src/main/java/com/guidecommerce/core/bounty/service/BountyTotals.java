package com.guidecommerce.core.bounty.service;

import com.guidecommerce.core.bounty.domain.BountyState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/** A guide's new-member bounties counted and summed by state as they stand now. Amounts have two decimals. */
public final class BountyTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Long> counts = new HashMap<String, Long>();
    private final Map<String, BigDecimal> amounts = new HashMap<String, BigDecimal>();

    /** Adds the bounties of one state. */
    void add(String state, long count, BigDecimal amount) {
        counts.put(state, count);
        amounts.put(state, amount.setScale(2, RoundingMode.HALF_UP));
    }

    public long count(BountyState state) {
        Long count = counts.get(state.getType());
        return count == null ? 0 : count;
    }

    public BigDecimal amount(BountyState state) {
        BigDecimal amount = amounts.get(state.getType());
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
    }

    public long getPendingCount() {
        return count(BountyState.PENDING);
    }

    public BigDecimal getPendingAmount() {
        return amount(BountyState.PENDING);
    }

    public long getVestedCount() {
        return count(BountyState.VESTED);
    }

    public BigDecimal getVestedAmount() {
        return amount(BountyState.VESTED);
    }

    /** Bounties that will never be paid: void (no surviving first order) or capped. */
    public long getNotPayableCount() {
        return count(BountyState.VOID) + count(BountyState.CAPPED);
    }
}
