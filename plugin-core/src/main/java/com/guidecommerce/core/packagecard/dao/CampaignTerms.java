package com.guidecommerce.core.packagecard.dao;

import java.util.Date;

/** A campaign as the order stream needs it: its channel, store, period and first-order window, by code. */
public final class CampaignTerms {

    private final Long id;
    private final String channelCode;
    private final String storeCode;
    private final Date activeFrom;
    private final Date activeTo;
    private final int windowDays;

    public CampaignTerms(Long id, String channelCode, String storeCode, Date activeFrom, Date activeTo,
                         int windowDays) {
        this.id = id;
        this.channelCode = channelCode;
        this.storeCode = storeCode;
        this.activeFrom = activeFrom;
        this.activeTo = activeTo;
        this.windowDays = windowDays;
    }

    public Long getId() {
        return id;
    }

    public String getChannelCode() {
        return channelCode;
    }

    /** {@code null} when the campaign covers every store's orders. */
    public String getStoreCode() {
        return storeCode;
    }

    public int getWindowDays() {
        return windowDays;
    }

    /**
     * Whether a parcel of this order carried one of the campaign's cards: an order of its channel paid in its period
     * and, for a campaign of one store, an order of that store or naming no store (whose card binds to the campaign's).
     */
    public boolean issues(String orderChannel, String orderStore, Date paidAt) {
        return channelCode.equals(orderChannel)
                && (storeCode == null || orderStore == null || storeCode.equals(orderStore))
                && !paidAt.before(activeFrom) && (activeTo == null || paidAt.before(activeTo));
    }
}
