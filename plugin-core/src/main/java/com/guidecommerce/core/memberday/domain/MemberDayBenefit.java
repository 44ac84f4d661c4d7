package com.guidecommerce.core.memberday.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What members of one tier get on a campaign's member days: an order discount (priced by the Broadleaf offer the
 * plugin keeps for this row, {@link #getOfferId()}) and a points multiplier.
 */
public interface MemberDayBenefit extends Serializable {

    Long getId();

    MemberDayCampaign getCampaign();

    void setCampaign(MemberDayCampaign campaign);

    /** The member tier code (NEW, REGULAR, SILVER, GOLD …) kept in the customer attribute gcMemberTier. */
    String getTierCode();

    void setTierCode(String tierCode);

    /** {@code null} when the tier gets no discount. */
    MemberDayDiscountType getDiscountType();

    void setDiscountType(MemberDayDiscountType discountType);

    /** Percent (0–100] for PERCENT_OFF, yuan for AMOUNT_OFF. */
    BigDecimal getDiscountValue();

    void setDiscountValue(BigDecimal discountValue);

    /** At least one. */
    BigDecimal getPointsMultiplier();

    void setPointsMultiplier(BigDecimal pointsMultiplier);

    /** The Broadleaf offer that prices the discount, once the plugin has made it. */
    Long getOfferId();

    void setOfferId(Long offerId);

    /**
     * The Broadleaf offer (delivery type CODE, made by HQ in Broadleaf's Offers section) of which a member of the tier
     * may claim one personal code per member day; {@code null} for no coupon.
     */
    Long getCouponOfferId();

    void setCouponOfferId(Long couponOfferId);

    /**
     * Who among the tier's members may claim the coupon: a member-tag audience ({@code DORMANT},
     * {@code SPEND_BAND=HIGH}, see {@link com.guidecommerce.core.memberday.service.CouponAudience}); {@code null} for
     * every member of the tier.
     */
    String getCouponAudience();

    void setCouponAudience(String couponAudience);

    /** Whether this row gives an order discount. */
    boolean hasDiscount();
}
