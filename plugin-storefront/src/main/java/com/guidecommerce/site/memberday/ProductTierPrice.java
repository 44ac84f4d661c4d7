package com.guidecommerce.site.memberday;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The logged-in member's member-day price of a product: a price when the tier's discount is a percentage with no
 * minimum (Broadleaf takes that share off every line), otherwise only the discount to describe.
 */
public final class ProductTierPrice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final MemberDayBanner memberDay;
    private final BigDecimal price;

    ProductTierPrice(MemberDayBanner memberDay, BigDecimal price) {
        this.memberDay = memberDay;
        this.price = price;
    }

    /** Whether the member day is under way (otherwise it is the next one). */
    public boolean isOn() {
        return memberDay.isOn();
    }

    public MemberDayBanner getMemberDay() {
        return memberDay;
    }

    public TierOffer getOffer() {
        return memberDay.getOffer();
    }

    /** The product's price on the member day, {@code null} when the discount depends on the whole cart. */
    public BigDecimal getPrice() {
        return price;
    }

    public String getPriceText() {
        return price == null ? null : TierOffer.money(price);
    }
}
