package com.guidecommerce.core.points.domain;

/**
 * Whether an entry counts in the member's available balance. Earnings (and the reversals of earnings still pending)
 * are PENDING until the order's return window closes; every other entry is AVAILABLE from the start.
 */
public enum PointsStatus {
    PENDING,
    AVAILABLE
}
