package com.guidecommerce.core.points.dao;

import com.guidecommerce.core.points.domain.PointsStatus;

/** What one order line earned and what of it was reversed so far, read from (or about to join) the ledger. */
public final class LineEarning {

    public final long earnEntryId;
    public final long customerId;
    public final long earned;
    public long reversed;
    public PointsStatus status;

    public LineEarning(long earnEntryId, long customerId, long earned, PointsStatus status) {
        this.earnEntryId = earnEntryId;
        this.customerId = customerId;
        this.earned = earned;
        this.status = status;
    }
}
