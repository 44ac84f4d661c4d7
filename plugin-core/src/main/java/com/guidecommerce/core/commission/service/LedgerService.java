package com.guidecommerce.core.commission.service;

/** Moves ledger entries forward in time. */
public interface LedgerService {

    /** Frozen entries whose return window has closed become settleable; returns how many. */
    int releaseFrozenEntries();
}
