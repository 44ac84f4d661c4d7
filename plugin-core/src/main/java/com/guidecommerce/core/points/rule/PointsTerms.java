package com.guidecommerce.core.points.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The points ledger's arithmetic: what a paid line earns, what a refund takes back, what points are worth at checkout
 * and how many an order may use. Whole points only; every rounding is decided here, in the member's favour for
 * earnings and reversals and in the shop's favour for spending.
 */
public final class PointsTerms {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final BigDecimal perYuan;
    private final BigDecimal yuanPer100;
    private final BigDecimal maxOrderShare;

    /**
     * @param perYuan points per paid yuan before any multiplier ({@code gc.points.perYuan})
     * @param yuanPer100 what 100 points are worth at checkout ({@code gc.points.yuanPer100})
     * @param maxOrderShare the largest share of an order's total points may pay ({@code gc.points.maxOrderShare})
     */
    public PointsTerms(BigDecimal perYuan, BigDecimal yuanPer100, BigDecimal maxOrderShare) {
        if (perYuan.signum() < 0 || yuanPer100.signum() <= 0 || maxOrderShare.signum() < 0
                || maxOrderShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Points terms out of range: perYuan=" + perYuan + ", yuanPer100="
                    + yuanPer100 + ", maxOrderShare=" + maxOrderShare);
        }
        this.perYuan = perYuan;
        this.yuanPer100 = yuanPer100;
        this.maxOrderShare = maxOrderShare;
    }

    /** floor(paid yuan × points per yuan × multiplier); nothing for a line paid nothing. */
    public long earned(BigDecimal paid, BigDecimal multiplier) {
        if (paid == null || paid.signum() <= 0) {
            return 0L;
        }
        return paid.multiply(perYuan).multiply(multiplier).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /**
     * How much of a line's earning is taken back once {@code refunded} of its {@code paid} went back: the earning
     * times the refunded share, rounded down, so that partial refunds never take more than the line earned and a full
     * refund takes it all. A refund reverses the difference between this figure after and before it.
     */
    public static long reversedAfter(long earned, BigDecimal paid, BigDecimal refunded) {
        if (earned <= 0 || refunded == null || refunded.signum() <= 0) {
            return 0L;
        }
        if (paid == null || refunded.compareTo(paid) >= 0) {
            return earned;
        }
        long share = BigDecimal.valueOf(earned).multiply(refunded).divide(paid, 0, RoundingMode.FLOOR).longValueExact();
        return Math.min(earned, Math.max(0L, share));
    }

    /** What {@code points} pay at checkout, in yuan, rounded down to the fen. */
    public BigDecimal yuanFor(long points) {
        return BigDecimal.valueOf(points).multiply(yuanPer100).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    /** The most points an order of this total may use: its allowed share, as whole points. */
    public long maxPointsFor(BigDecimal orderTotal) {
        if (orderTotal == null || orderTotal.signum() <= 0) {
            return 0L;
        }
        BigDecimal allowedYuan = orderTotal.multiply(maxOrderShare);
        return allowedYuan.multiply(HUNDRED).divide(yuanPer100, 0, RoundingMode.FLOOR).longValueExact();
    }

    public BigDecimal getPerYuan() {
        return perYuan;
    }

    public BigDecimal getYuanPer100() {
        return yuanPer100;
    }

    public BigDecimal getMaxOrderShare() {
        return maxOrderShare;
    }
}
