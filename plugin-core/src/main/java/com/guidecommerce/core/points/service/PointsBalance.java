package com.guidecommerce.core.points.service;

import java.util.Date;

/** A member's points as they stand: usable now, still in a return window, and usable now but expiring soon. */
public final class PointsBalance {

    private final long available;
    private final long pending;
    private final long expiringSoon;
    private final Date expiringBy;

    public PointsBalance(long available, long pending, long expiringSoon, Date expiringBy) {
        this.available = available;
        this.pending = pending;
        this.expiringSoon = expiringSoon;
        this.expiringBy = expiringBy;
    }

    /** Usable points (those past their date left out); negative when a refund took back points already spent (a debt later earnings settle). */
    public long getAvailable() {
        return available;
    }

    public long getPending() {
        return pending;
    }

    /** Available points that expire before {@link #getExpiringBy()}. */
    public long getExpiringSoon() {
        return expiringSoon;
    }

    public Date getExpiringBy() {
        return expiringBy;
    }
}
