package com.guidecommerce.core.channel.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * What a member spent in every channel (the own mall included): paid amounts less refunds over all their paid orders,
 * how many orders, and when and where they last bought. Immutable.
 */
public final class MemberSpend implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long customerId;
    private final BigDecimal netSpend;
    private final long orders;
    private final long lastPaidAt;
    private final String lastChannelCode;

    public MemberSpend(Long customerId, BigDecimal netSpend, long orders, Date lastPaidAt, String lastChannelCode) {
        this.customerId = customerId;
        this.netSpend = netSpend;
        this.orders = orders;
        this.lastPaidAt = lastPaidAt.getTime();
        this.lastChannelCode = lastChannelCode;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** Paid amounts (merchandise, after discounts) less everything refunded on those orders. */
    public BigDecimal getNetSpend() {
        return netSpend;
    }

    public long getOrders() {
        return orders;
    }

    /** When the member's latest paid order was paid. */
    public Date getLastPaidAt() {
        return new Date(lastPaidAt);
    }

    /** The channel of that order (e.g. MALL, TMALL). */
    public String getLastChannelCode() {
        return lastChannelCode;
    }
}
