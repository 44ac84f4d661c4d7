package com.guidecommerce.core.memberday.rule;

import java.math.BigDecimal;

/** What one tier gets from a campaign, as the marketing calendar shows and checks it. */
public final class CalendarBenefit {

    private final String tierCode;
    private final String discountType;
    private final BigDecimal discountValue;
    private final BigDecimal pointsMultiplier;

    /**
     * @param discountType PERCENT_OFF, AMOUNT_OFF or {@code null} for no discount
     */
    public CalendarBenefit(String tierCode, String discountType, BigDecimal discountValue,
                           BigDecimal pointsMultiplier) {
        this.tierCode = tierCode;
        this.discountType = discountType;
        this.discountValue = discountValue;
        this.pointsMultiplier = pointsMultiplier == null ? BigDecimal.ONE : pointsMultiplier;
    }

    public String getTierCode() {
        return tierCode;
    }

    public String getDiscountType() {
        return discountType;
    }

    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    public BigDecimal getPointsMultiplier() {
        return pointsMultiplier;
    }

    public boolean isPercent() {
        return "PERCENT_OFF".equals(discountType);
    }

    public boolean hasDiscount() {
        return discountType != null && discountValue != null && discountValue.signum() > 0;
    }

    /** Whether the tier earns more than the usual points. */
    public boolean hasMultiplier() {
        return pointsMultiplier.compareTo(BigDecimal.ONE) > 0;
    }
}
