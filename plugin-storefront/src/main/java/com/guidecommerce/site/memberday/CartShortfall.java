package com.guidecommerce.site.memberday;

import java.io.Serializable;
import java.math.BigDecimal;

/** How much more a member's cart needs for a member-day discount under way today. */
public final class CartShortfall implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String campaignName;
    private final TierOffer offer;
    private final BigDecimal shortBy;

    CartShortfall(String campaignName, TierOffer offer, BigDecimal shortBy) {
        this.campaignName = campaignName;
        this.offer = offer;
        this.shortBy = shortBy;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public TierOffer getOffer() {
        return offer;
    }

    public BigDecimal getShortBy() {
        return shortBy;
    }

    public String getShortByText() {
        return TierOffer.money(shortBy);
    }
}
