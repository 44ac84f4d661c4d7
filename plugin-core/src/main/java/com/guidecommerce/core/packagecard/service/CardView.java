package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;

/** A verified card as its page shows it: the campaign, the order it came with, the store and the guide it binds to. */
public final class CardView {

    private final String code;
    private final PackageCardCampaign campaign;
    private final String orderNo;
    private final Store store;
    private final Guide guide;

    public CardView(String code, PackageCardCampaign campaign, String orderNo, Store store, Guide guide) {
        this.code = code;
        this.campaign = campaign;
        this.orderNo = orderNo;
        this.store = store;
        this.guide = guide;
    }

    public String getCode() {
        return code;
    }

    public PackageCardCampaign getCampaign() {
        return campaign;
    }

    public String getChannelCode() {
        return campaign.getChannel().getCode();
    }

    /** {@code null} for a card without order. */
    public String getOrderNo() {
        return orderNo;
    }

    public boolean hasOrder() {
        return orderNo != null;
    }

    public Store getStore() {
        return store;
    }

    public String getStoreCode() {
        return store.getCode();
    }

    public Guide getGuide() {
        return guide;
    }
}
