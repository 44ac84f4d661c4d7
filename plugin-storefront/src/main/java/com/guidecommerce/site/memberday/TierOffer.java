package com.guidecommerce.site.memberday;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.rule.TierPrice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** What one tier gets on a campaign's member day, as the storefront words it: a percentage or an amount off, and a minimum. */
public final class TierOffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String tierCode;
    private final boolean percent;
    private final BigDecimal value;
    private final BigDecimal minimum;

    public TierOffer(String tierCode, boolean percent, BigDecimal value, BigDecimal minimum) {
        this.tierCode = tierCode;
        this.percent = percent;
        this.value = value;
        this.minimum = minimum == null || minimum.signum() <= 0 ? null : minimum;
    }

    /** The benefit's discount with the campaign's minimum; {@code null} when the benefit gives no discount. */
    public static TierOffer of(MemberDayCampaign campaign, MemberDayBenefit benefit) {
        if (benefit == null || !benefit.hasDiscount()) {
            return null;
        }
        return new TierOffer(benefit.getTierCode(), MemberDayDiscountType.PERCENT_OFF.equals(benefit.getDiscountType()),
                benefit.getDiscountValue(), campaign.getMinimumOrderAmount());
    }

    /** The best discount among the campaign's tiers: the highest percentage, or without one the highest amount. */
    public static TierOffer best(MemberDayCampaign campaign, List<MemberDayBenefit> benefits) {
        TierOffer best = null;
        for (MemberDayBenefit benefit : benefits) {
            TierOffer offer = of(campaign, benefit);
            if (offer != null && (best == null || offer.beats(best))) {
                best = offer;
            }
        }
        return best;
    }

    boolean beats(TierOffer other) {
        if (percent != other.percent) {
            return percent;
        }
        return value.compareTo(other.value) > 0;
    }

    public String getTierCode() {
        return tierCode;
    }

    public boolean isPercent() {
        return percent;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** {@code null} when the campaign has none. */
    public BigDecimal getMinimum() {
        return minimum;
    }

    public boolean hasMinimum() {
        return minimum != null;
    }

    /** Whether a product has a member-day price of its own: a percentage off with no minimum. */
    public boolean pricesEachProduct() {
        return percent && minimum == null;
    }

    /** 12 % off as 88 (折). */
    public String getZhe() {
        return percent ? TierPrice.zhe(value) : null;
    }

    /** The percentage or the amount, plainly: 12, 12.5, 30.00. */
    public String getValueText() {
        return percent ? value.stripTrailingZeros().toPlainString() : money(value);
    }

    public String getMinimumText() {
        return minimum == null ? null : money(minimum);
    }

    /** A product's price on the member day; only for {@link #pricesEachProduct()}. */
    public BigDecimal priceOf(BigDecimal price) {
        return TierPrice.percentOffPrice(price, value);
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
