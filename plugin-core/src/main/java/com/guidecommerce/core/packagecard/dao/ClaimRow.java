package com.guidecommerce.core.packagecard.dao;

import java.util.Date;

/** A row of GC_PACKAGE_CARD_CLAIM. */
public final class ClaimRow {

    public static final String PENDING = "PENDING";
    public static final String LINKED = "LINKED";
    public static final String BOUND = "BOUND";

    private final String key;
    private final Long campaignId;
    private final Long customerId;
    private final String channelCode;
    private final String orderNo;
    private final String storeCode;
    private final String status;
    private final Date claimedAt;

    public ClaimRow(String key, Long campaignId, Long customerId, String channelCode, String orderNo,
                    String storeCode, String status, Date claimedAt) {
        this.key = key;
        this.campaignId = campaignId;
        this.customerId = customerId;
        this.channelCode = channelCode;
        this.orderNo = orderNo;
        this.storeCode = storeCode;
        this.status = status;
        this.claimedAt = claimedAt;
    }

    /** The key of the claim of an order's card: one claimant per order. */
    public static String orderKey(String channelCode, String orderNo) {
        return "O:" + channelCode + ":" + orderNo;
    }

    /** The key of one member's claim of a campaign's card without order. */
    public static String memberKey(Long campaignId, Long customerId) {
        return "C:" + campaignId + ":" + customerId;
    }

    public String getKey() {
        return key;
    }

    public Long getCampaignId() {
        return campaignId;
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

    public String getStoreCode() {
        return storeCode;
    }

    public String getStatus() {
        return status;
    }

    public Date getClaimedAt() {
        return claimedAt;
    }
}
