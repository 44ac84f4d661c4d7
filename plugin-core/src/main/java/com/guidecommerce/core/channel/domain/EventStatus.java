package com.guidecommerce.core.channel.domain;

/** What became of a delivered event. */
public enum EventStatus {
    /** Stored, not processed yet (or processing failed and will be retried). */
    RECEIVED,
    /** Processed: the order, completion or refund is in the ledger. */
    APPLIED,
    /** A completion or refund whose order has not arrived yet; applied when it does. */
    WAITING,
    /** The same event was accepted before; nothing changed. */
    DUPLICATE,
    /** Not accepted; the message says why. */
    REJECTED
}
