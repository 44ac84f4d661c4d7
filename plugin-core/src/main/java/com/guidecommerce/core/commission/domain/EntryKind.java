package com.guidecommerce.core.commission.domain;

/** A commission credited for an order line, or the reversal of part of one after a refund. */
public enum EntryKind {
    COMMISSION,
    REVERSAL
}
