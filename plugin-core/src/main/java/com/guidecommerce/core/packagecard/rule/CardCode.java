package com.guidecommerce.core.packagecard.rule;

/** What a verified card code says: its campaign and, when the channel printed it, the order's number. Immutable. */
public final class CardCode {

    private final long campaignId;
    private final String orderNo;

    public CardCode(long campaignId, String orderNo) {
        this.campaignId = campaignId;
        this.orderNo = orderNo;
    }

    public long getCampaignId() {
        return campaignId;
    }

    /** The channel order number (canonical, upper case); {@code null} for a card without one. */
    public String getOrderNo() {
        return orderNo;
    }

    public boolean hasOrder() {
        return orderNo != null;
    }
}
