package com.guidecommerce.core.channel.service;

import java.util.Date;

/** One channel order as another feature finds it by its number: which it is, who bought it, where, when. */
public final class ChannelOrderRef {

    private final Long id;
    private final String channelCode;
    private final String orderNo;
    private final Long customerId;
    private final String storeCode;
    private final Date paidAt;

    public ChannelOrderRef(Long id, String channelCode, String orderNo, Long customerId, String storeCode,
                           Date paidAt) {
        this.id = id;
        this.channelCode = channelCode;
        this.orderNo = orderNo;
        this.customerId = customerId;
        this.storeCode = storeCode;
        this.paidAt = paidAt;
    }

    public Long getId() {
        return id;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getOrderNo() {
        return orderNo;
    }

    /** The member the order is attributed to, {@code null} while its buyer is unknown. */
    public Long getCustomerId() {
        return customerId;
    }

    public boolean isMatched() {
        return customerId != null;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public Date getPaidAt() {
        return paidAt;
    }
}
