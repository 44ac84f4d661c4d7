package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.EntryState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A beneficiary's ledger summed by state as it stands now: commission credited less reversals in each state. Amounts
 * have two decimals; a state without entries is zero.
 */
public final class LedgerTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<EntryState, BigDecimal> byState = new EnumMap<EntryState, BigDecimal>(EntryState.class);

    public LedgerTotals(Map<EntryState, BigDecimal> byState) {
        for (EntryState state : EntryState.values()) {
            BigDecimal amount = byState.get(state);
            this.byState.put(state, (amount == null ? BigDecimal.ZERO : amount).setScale(2));
        }
    }

    public BigDecimal get(EntryState state) {
        return byState.get(state);
    }

    /** Orders paid, not yet completed. */
    public BigDecimal getPending() {
        return get(EntryState.PENDING);
    }

    /** Completed, inside the return window. */
    public BigDecimal getFrozen() {
        return get(EntryState.FROZEN);
    }

    /** Out of the return window, waiting for the next statement. */
    public BigDecimal getSettleable() {
        return get(EntryState.SETTLEABLE);
    }

    /** On a statement not paid yet. */
    public BigDecimal getSettled() {
        return get(EntryState.SETTLED);
    }

    public BigDecimal getPaid() {
        return get(EntryState.PAID);
    }
}
