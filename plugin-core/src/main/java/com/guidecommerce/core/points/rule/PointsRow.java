package com.guidecommerce.core.points.rule;

import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;

import java.util.Date;

/** A points entry as the rules see it (no order details). Immutable. */
public final class PointsRow {

    private final long id;
    private final PointsKind kind;
    private final long points;
    private final PointsStatus status;
    private final Date createdAt;
    private final Date availableAt;
    private final Date expiresAt;
    private final Long relatesTo;

    public PointsRow(long id, PointsKind kind, long points, PointsStatus status, Date createdAt, Date availableAt,
                     Date expiresAt, Long relatesTo) {
        this.id = id;
        this.kind = kind;
        this.points = points;
        this.status = status;
        this.createdAt = createdAt;
        this.availableAt = availableAt;
        this.expiresAt = expiresAt;
        this.relatesTo = relatesTo;
    }

    public long getId() {
        return id;
    }

    public PointsKind getKind() {
        return kind;
    }

    public long getPoints() {
        return points;
    }

    public PointsStatus getStatus() {
        return status;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public Date getAvailableAt() {
        return availableAt;
    }

    public Date getExpiresAt() {
        return expiresAt;
    }

    public Long getRelatesTo() {
        return relatesTo;
    }

    /** An earning, a positive adjustment or a cancelled redemption: points that can be spent and expire. */
    public boolean isLot() {
        return points > 0 && (kind == PointsKind.EARN || kind == PointsKind.ADJUST || kind == PointsKind.REDEEM_CANCEL);
    }
}
