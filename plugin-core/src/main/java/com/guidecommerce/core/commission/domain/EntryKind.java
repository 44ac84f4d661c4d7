package com.guidecommerce.core.commission.domain;

/**
 * A commission credited for an order line, the reversal of part of one after a refund, or a bonus credited for
 * something other than an order (a contest won), which has no order or line.
 */
public enum EntryKind {
    COMMISSION,
    REVERSAL,
    BONUS
}
