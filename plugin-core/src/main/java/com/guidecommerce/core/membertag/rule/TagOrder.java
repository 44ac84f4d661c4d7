package com.guidecommerce.core.membertag.rule;

import java.math.BigDecimal;
import java.util.Date;

/**
 * One paid order of a member, as the tag rules see it: its channel, when it was paid, what was paid and refunded, and
 * whether it was paid on a member day.
 */
public final class TagOrder {

    private final String channelCode;
    private final Date paidAt;
    private final BigDecimal paid;
    private final BigDecimal refunded;
    private final boolean memberDay;

    public TagOrder(String channelCode, Date paidAt, BigDecimal paid, BigDecimal refunded, boolean memberDay) {
        this.channelCode = channelCode;
        this.paidAt = paidAt;
        this.paid = paid;
        this.refunded = refunded == null ? BigDecimal.ZERO : refunded;
        this.memberDay = memberDay;
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

    /** Paid less refunded, never below zero. */
    public BigDecimal getKept() {
        BigDecimal kept = paid.subtract(refunded);
        return kept.signum() < 0 ? BigDecimal.ZERO : kept;
    }

    /** An order still counts as a purchase unless all of it was refunded. */
    public boolean isKept() {
        return getKept().signum() > 0;
    }
}
