package com.guidecommerce.core.commission.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The money rules of commission, in one place:
 * <ul>
 *   <li>every commission amount is rounded once, to the fen (0.01), half up;</li>
 *   <li>the line's total commission never exceeds the plan's cap: beneficiaries are served in the plan's priority
 *       order (e.g. sharer, sharer's parent guide, bound guide, franchisee) and the one who reaches the cap gets only
 *       what is left;</li>
 *   <li>a (partial) refund reverses the share of the original amount that the refunded money bears, computed from the
 *       cumulative refunded amount, so any sequence of partial refunds of a whole line reverses exactly the original
 *       amount — no fen is lost or created.</li>
 * </ul>
 */
public final class CommissionMath {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private CommissionMath() {
    }

    /** A beneficiary's rate (0.05 for 5 %) and the amount they get from a line. */
    public static final class Share {

        private final String beneficiary;
        private final BigDecimal rate;
        private final BigDecimal amount;

        Share(String beneficiary, BigDecimal rate, BigDecimal amount) {
            this.beneficiary = beneficiary;
            this.rate = rate;
            this.amount = amount;
        }

        public String getBeneficiary() {
            return beneficiary;
        }

        public BigDecimal getRate() {
            return rate;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    /** {@code base × rate}, rounded to the fen. */
    public static BigDecimal share(BigDecimal base, BigDecimal rate) {
        requireNonNegative(base, "base");
        requireNonNegative(rate, "rate");
        return base.multiply(rate).setScale(SCALE, ROUNDING);
    }

    /**
     * Splits a line's commission among beneficiaries in priority order without exceeding {@code capRate × base}.
     *
     * @param beneficiaries names in priority order, paired with {@code rates}
     */
    public static List<Share> allocate(BigDecimal base, List<String> beneficiaries, List<BigDecimal> rates,
                                       BigDecimal capRate) {
        if (beneficiaries.size() != rates.size()) {
            throw new IllegalArgumentException("Each beneficiary needs exactly one rate");
        }
        BigDecimal left = share(base, capRate);
        List<Share> shares = new ArrayList<Share>();
        for (int i = 0; i < beneficiaries.size(); i++) {
            BigDecimal wanted = share(base, rates.get(i));
            BigDecimal granted = wanted.min(left);
            left = left.subtract(granted);
            shares.add(new Share(beneficiaries.get(i), rates.get(i), granted));
        }
        return Collections.unmodifiableList(shares);
    }

    /**
     * The (negative) amount a refund reverses from an entry.
     *
     * @param original        the entry's amount
     * @param linePaid        what the line was paid, the commission base
     * @param refundedBefore  refunded on this line before this refund
     * @param refundedNow     this refund
     */
    public static BigDecimal reversal(BigDecimal original, BigDecimal linePaid, BigDecimal refundedBefore,
                                      BigDecimal refundedNow) {
        requireNonNegative(refundedBefore, "refundedBefore");
        requireNonNegative(refundedNow, "refundedNow");
        if (linePaid.signum() <= 0) {
            throw new IllegalArgumentException("A refunded line must have been paid");
        }
        BigDecimal refundedAfter = refundedBefore.add(refundedNow);
        if (refundedAfter.compareTo(linePaid) > 0) {
            throw new IllegalArgumentException("Refunds of " + refundedAfter.toPlainString()
                    + " exceed the line's paid amount of " + linePaid.toPlainString());
        }
        return reversedSoFar(original, linePaid, refundedBefore).subtract(reversedSoFar(original, linePaid, refundedAfter));
    }

    private static BigDecimal reversedSoFar(BigDecimal original, BigDecimal linePaid, BigDecimal refunded) {
        return original.multiply(refunded).divide(linePaid, SCALE, ROUNDING);
    }

    private static void requireNonNegative(BigDecimal value, String name) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + value);
        }
    }
}
