package com.guidecommerce.core.points.rule;

/** Why the points ledger refused something; each has a message key {@code gcPoints.error.<code>}. */
public enum PointsError {
    /** A redemption or adjustment of zero or fewer points. */
    POINTS_NOT_POSITIVE,
    /** The member has fewer available points than the redemption or deduction needs. */
    NOT_ENOUGH_POINTS,
    /** More points than the order's allowed share (gc.points.maxOrderShare). */
    ABOVE_ORDER_SHARE,
    /** An adjustment without a reason. */
    REASON_REQUIRED,
    /** No such redemption. */
    UNKNOWN_REDEMPTION
}
