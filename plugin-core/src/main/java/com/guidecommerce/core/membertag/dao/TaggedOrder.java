package com.guidecommerce.core.membertag.dao;

import java.math.BigDecimal;
import java.util.Date;

/** A row of GC_MEMBER_TAG_ORDER: one counted order of a member. */
public final class TaggedOrder {

    private final Long orderId;
    private final Long customerId;
    private final String channelCode;
    private final Date paidAt;
    private final BigDecimal paid;
    private BigDecimal refunded;
    private final boolean memberDay;

    public TaggedOrder(Long orderId, Long customerId, String channelCode, Date paidAt, BigDecimal paid,
                       BigDecimal refunded, boolean memberDay) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.channelCode = channelCode;
        this.paidAt = paidAt;
        this.paid = paid;
        this.refunded = refunded;
        this.memberDay = memberDay;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public Date getPaidAt() {
        return paidAt;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public boolean isMemberDay() {
        return memberDay;
    }

    /** Adds a refund; never beyond what was paid. */
    public void refund(BigDecimal amount) {
        BigDecimal total = refunded.add(amount);
        refunded = total.compareTo(paid) > 0 ? paid : total;
    }
}
