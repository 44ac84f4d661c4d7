package com.guidecommerce.core.bounty.rule;

import java.math.BigDecimal;
import java.util.Date;

/** The member's first paid order after the binding, as the bounty rules see it. */
public final class FirstOrder {

    private final String orderNumber;
    private final Date paidAt;
    private final BigDecimal merchandisePaid;
    private final boolean refunded;

    public FirstOrder(String orderNumber, Date paidAt, BigDecimal merchandisePaid, boolean refunded) {
        this.orderNumber = orderNumber;
        this.paidAt = paidAt;
        this.merchandisePaid = merchandisePaid;
        this.refunded = refunded;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Date getPaidAt() {
        return paidAt;
    }

    public BigDecimal getMerchandisePaid() {
        return merchandisePaid;
    }

    public boolean isRefunded() {
        return refunded;
    }
}
