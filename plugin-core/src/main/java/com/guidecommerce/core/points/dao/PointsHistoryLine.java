package com.guidecommerce.core.points.dao;

import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;

import java.util.Date;

/** One entry of a member's points history, with the channel order's number where it came from one. */
public final class PointsHistoryLine {

    private final long id;
    private final PointsKind kind;
    private final long points;
    private final PointsStatus status;
    private final String channelCode;
    private final String orderNo;
    private final String reason;
    private final Date createdAt;
    private final Date availableAt;
    private final Date expiresAt;

    public PointsHistoryLine(long id, PointsKind kind, long points, PointsStatus status, String channelCode,
                             String orderNo, String reason, Date createdAt, Date availableAt, Date expiresAt) {
        this.id = id;
        this.kind = kind;
        this.points = points;
        this.status = status;
        this.channelCode = channelCode;
        this.orderNo = orderNo;
        this.reason = reason;
        this.createdAt = createdAt;
        this.availableAt = availableAt;
        this.expiresAt = expiresAt;
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

    public String getChannelCode() {
        return channelCode;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public String getReason() {
        return reason;
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
}
