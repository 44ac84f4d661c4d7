package com.guidecommerce.core.channel.service;

import java.math.BigDecimal;
import java.util.Date;

/**
 * One refund applied to a member's channel order: the order (id, channel, member, when it was paid), when the refund
 * happened as the channel reported it, and how much it took back over all its lines. Immutable.
 */
public final class OrderRefund {

    private final Long eventId;
    private final Long orderId;
    private final String channelCode;
    private final Long customerId;
    private final Date paidAt;
    private final Date refundedAt;
    private final BigDecimal amount;

    public OrderRefund(Long eventId, Long orderId, String channelCode, Long customerId, Date paidAt, Date refundedAt,
                       BigDecimal amount) {
        this.eventId = eventId;
        this.orderId = orderId;
        this.channelCode = channelCode;
        this.customerId = customerId;
        this.paidAt = paidAt;
        this.refundedAt = refundedAt;
        this.amount = amount;
    }

    /** The stored delivery (GC_CHANNEL_EVENT) of the refund, as {@code OrderEvent#getEventId} names it. */
    public Long getEventId() {
        return eventId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Date getPaidAt() {
        return paidAt;
    }

    public Date getRefundedAt() {
        return refundedAt;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
