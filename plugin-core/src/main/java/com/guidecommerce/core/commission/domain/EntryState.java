package com.guidecommerce.core.commission.domain;

/**
 * Where a ledger entry stands. Entries only move forward: pending (order paid, not yet completed), frozen (completed,
 * inside the channel's return window), settleable (the window closed), settled (on a statement), paid.
 */
public enum EntryState {
    PENDING,
    FROZEN,
    SETTLEABLE,
    SETTLED,
    PAID;

    /** Whether the entry is already on a statement. */
    public boolean isSettled() {
        return this == SETTLED || this == PAID;
    }
}
