package com.guidecommerce.core.channel.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * A member's paid order in one channel (the own mall included), as other features see it: the order's facts, none of
 * its attribution. Immutable; amounts are in the order's currency.
 */
public final class PaidOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long customerId;
    private final String channelCode;
    private final String orderNo;
    private final long paidAt;
    private final BigDecimal paidAmount;
    private final BigDecimal refundedAmount;
    private final Long completedAt;
    private final Long returnWindowEndsAt;

    public PaidOrder(Long customerId, String channelCode, String orderNo, Date paidAt, BigDecimal paidAmount,
                     BigDecimal refundedAmount, Date completedAt, Date returnWindowEndsAt) {
        this.customerId = customerId;
        this.channelCode = channelCode;
        this.orderNo = orderNo;
        this.paidAt = paidAt.getTime();
        this.paidAmount = paidAmount;
        this.refundedAmount = refundedAmount;
        this.completedAt = completedAt == null ? null : completedAt.getTime();
        this.returnWindowEndsAt = returnWindowEndsAt == null ? null : returnWindowEndsAt.getTime();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getOrderNo() {
        return orderNo;
    }

    /** {@code CHANNEL/ORDER_NO}: unique across channels, where order numbers alone are not. */
    public String getReference() {
        return channelCode + "/" + orderNo;
    }

    public Date getPaidAt() {
        return new Date(paidAt);
    }

    /** What the buyer paid for the merchandise (after discounts, before shipping). */
    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    /** The sum of the refunds applied so far. */
    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    /** Whether refunds took back everything that was paid. */
    public boolean isFullyRefunded() {
        return paidAmount.subtract(refundedAmount).signum() <= 0;
    }

    /**
     * Where the order stands for its buyer: refunds first (all of it or part of it taken back), then completion;
     * otherwise it is paid.
     */
    public Progress getProgress() {
        if (isFullyRefunded()) {
            return Progress.REFUNDED;
        }
        if (refundedAmount.signum() > 0) {
            return Progress.PARTLY_REFUNDED;
        }
        return completedAt == null ? Progress.PAID : Progress.COMPLETED;
    }

    /** When the channel reported the order completed, or {@code null} while it is not. */
    public Date getCompletedAt() {
        return completedAt == null ? null : new Date(completedAt);
    }

    /** When the channel's return window after completion closes, or {@code null} while the order is not completed. */
    public Date getReturnWindowEndsAt() {
        return returnWindowEndsAt == null ? null : new Date(returnWindowEndsAt);
    }

    @Override
    public String toString() {
        return getReference() + " of member " + customerId + " paid " + paidAmount + " refunded " + refundedAmount;
    }

    /** Where a paid order stands for its buyer. */
    public enum Progress {
        PAID, COMPLETED, PARTLY_REFUNDED, REFUNDED
    }
}
