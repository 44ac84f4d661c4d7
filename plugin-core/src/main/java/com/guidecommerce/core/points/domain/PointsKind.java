package com.guidecommerce.core.points.domain;

/** What a points ledger entry records. Earnings and additions are positive, the rest negative (a cancel gives back). */
public enum PointsKind {
    /** Earned by a paid order line: pending until the order's return window closes. */
    EARN,
    /** The refunded share of a line's earning, taken back. */
    REVERSAL,
    /** What was left of an earning when it expired. */
    EXPIRY,
    /** Spent at checkout for a discount. */
    REDEEM,
    /** A redemption given back because its checkout failed or its order was cancelled. */
    REDEEM_CANCEL,
    /** HQ's correction, with a reason and the admin who made it. */
    ADJUST
}
