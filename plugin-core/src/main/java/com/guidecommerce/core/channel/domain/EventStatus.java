package com.guidecommerce.core.channel.domain;

/** What became of a delivered event. */
public enum EventStatus {
    /** Stored, not processed yet: its batch failed and it is being applied on its own (or the server stopped). */
    RECEIVED,
    /** Processed: the order, completion or refund is in the ledger. */
    APPLIED,
    /** A completion or refund whose order has not arrived yet; applied when it does. */
    WAITING,
    /** The same event was accepted before; nothing changed. */
    DUPLICATE,
    /** Not accepted; the message says why. */
    REJECTED,
    /**
     * Stored, but applying it failed even on its own; the message says why. It blocks nothing else and is applied
     * when HQ applies stored deliveries again or the channel sends it again.
     */
    FAILED
}
