package com.guidecommerce.core.memberday.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a member-day order discount makes of a price, computed the way Broadleaf 3.1 prices an order percent-off
 * offer (PromotableOrderAdjustmentImpl): the rate is the percentage divided by 100 to five decimals, half-even; the
 * discount is the amount times the rate, rounded to cents half-even, and never more than the amount.
 *
 * <p>An order-level percentage takes the same share of every line, so a product's member-day price is its price with
 * the percentage applied. An amount off or a minimum order amount depends on the whole cart: there is no
 * per-product price for those, and {@link #percentOffPrice} is not to be used for them.
 */
public final class TierPrice {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private TierPrice() {
    }

    /** The discount Broadleaf takes off the amount for a percent-off order offer. */
    public static BigDecimal percentOffDiscount(BigDecimal amount, BigDecimal percent) {
        BigDecimal rate = percent.divide(HUNDRED, 5, RoundingMode.HALF_EVEN);
        BigDecimal discount = amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        return discount.compareTo(amount) > 0 ? amount.setScale(2, RoundingMode.HALF_EVEN) : discount;
    }

    /** The amount after a percent-off order offer, in cents. */
    public static BigDecimal percentOffPrice(BigDecimal amount, BigDecimal percent) {
        return amount.subtract(percentOffDiscount(amount, percent)).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** How much more the cart needs to reach the minimum order amount; zero when it reaches it or there is none. */
    public static BigDecimal shortOfMinimum(BigDecimal subtotal, BigDecimal minimum) {
        if (minimum == null || subtotal.compareTo(minimum) >= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return minimum.subtract(subtotal).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The Chinese discount figure (折) of a percentage off: 12 % off is 88 折, 10 % off 9 折, 12.5 % off 8.75 折.
     */
    public static String zhe(BigDecimal percentOff) {
        BigDecimal paid = HUNDRED.subtract(percentOff).stripTrailingZeros();
        boolean whole = paid.scale() <= 0;
        if (whole && paid.remainder(BigDecimal.TEN).signum() != 0) {
            return paid.toBigInteger().toString();
        }
        return paid.divide(BigDecimal.TEN).stripTrailingZeros().toPlainString();
    }
}
