package com.guidecommerce.core.packagecard.rule;

import java.math.BigDecimal;

/**
 * A rate band brands report for one step of a package-card funnel, e.g. 10 % to 20 % of parcels becoming members.
 * Bounds are fractions (0.10 for 10 %), both included in the band.
 */
public final class ReferenceBand {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal low;
    private final BigDecimal high;

    private ReferenceBand(BigDecimal low, BigDecimal high) {
        this.low = low;
        this.high = high;
    }

    /**
     * The band between two percentages.
     *
     * @throws IllegalArgumentException unless {@code 0 <= low <= high <= 100}
     */
    public static ReferenceBand ofPercent(BigDecimal lowPercent, BigDecimal highPercent) {
        if (lowPercent == null || highPercent == null || lowPercent.signum() < 0 || highPercent.compareTo(HUNDRED) > 0
                || lowPercent.compareTo(highPercent) > 0) {
            throw new IllegalArgumentException("A reference band runs from a low to a high percentage between 0 and"
                    + " 100, low not above high: " + lowPercent + " to " + highPercent);
        }
        return new ReferenceBand(lowPercent.movePointLeft(2), highPercent.movePointLeft(2));
    }

    /** Where the rate (a fraction) stands; {@code null} for no rate (nothing to divide by). */
    public RateBand position(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        if (rate.compareTo(low) < 0) {
            return RateBand.BELOW;
        }
        return rate.compareTo(high) > 0 ? RateBand.ABOVE : RateBand.WITHIN;
    }

    /** The lower bound as a fraction. */
    public BigDecimal getLow() {
        return low;
    }

    /** The upper bound as a fraction. */
    public BigDecimal getHigh() {
        return high;
    }
}
