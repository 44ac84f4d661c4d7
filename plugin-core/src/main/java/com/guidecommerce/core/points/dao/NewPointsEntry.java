package com.guidecommerce.core.points.dao;

import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;

import java.math.BigDecimal;
import java.util.Date;

/** A points entry about to be appended; the writer fills in what applies to its kind. */
public final class NewPointsEntry {

    public long id;
    public long customerId;
    public PointsKind kind;
    public long points;
    public PointsStatus status;
    public String channelCode;
    public Long channelOrderId;
    public Long orderLineId;
    public Long broadleafOrderId;
    public BigDecimal baseAmount;
    public BigDecimal multiplier;
    public String reason;
    public String actor;
    public Date createdAt;
    public Date availableAt;
    public Date expiresAt;
    public Long relatesTo;
    public Long eventId;

    public NewPointsEntry(long id, long customerId, PointsKind kind, long points, PointsStatus status, String reason,
                          Date createdAt) {
        this.id = id;
        this.customerId = customerId;
        this.kind = kind;
        this.points = points;
        this.status = status;
        this.reason = reason;
        this.createdAt = createdAt;
    }
}
