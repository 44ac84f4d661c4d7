package com.guidecommerce.core.points.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointsTermsTest {

    private final PointsTerms terms = new PointsTerms(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.5"));

    @Test
    void shouldEarnWholePointsPerPaidYuanRoundedDown() {
        assertEquals(199L, terms.earned(new BigDecimal("199.99"), BigDecimal.ONE));
        assertEquals(0L, terms.earned(new BigDecimal("0.99"), BigDecimal.ONE));
        assertEquals(0L, terms.earned(BigDecimal.ZERO, BigDecimal.ONE));
    }

    @Test
    void shouldMultiplyBeforeRounding() {
        assertEquals(299L, terms.earned(new BigDecimal("199.99"), new BigDecimal("1.5")));
        assertEquals(399L, terms.earned(new BigDecimal("199.99"), new BigDecimal("2")));
        PointsTerms two = new PointsTerms(new BigDecimal("2"), BigDecimal.ONE, new BigDecimal("0.5"));
        assertEquals(30L, two.earned(new BigDecimal("10.10"), new BigDecimal("1.5")));
    }

    @Test
    void shouldReverseTheRefundedShareRoundedDown() {
        assertEquals(33L, PointsTerms.reversedAfter(100L, new BigDecimal("90.00"), new BigDecimal("30.00")));
        assertEquals(0L, PointsTerms.reversedAfter(100L, new BigDecimal("90.00"), BigDecimal.ZERO));
        assertEquals(100L, PointsTerms.reversedAfter(100L, new BigDecimal("90.00"), new BigDecimal("90.00")));
    }

    @Test
    void shouldNeverReverseMoreThanTheLineEarnedWhatEverThePartialRefunds() {
        BigDecimal paid = new BigDecimal("99.97");
        long earned = 299L;
        String[] refunds = {"0.01", "33.33", "0.33", "17.00", "20.30", "29.00"};
        long reversedBefore = 0L;
        BigDecimal refunded = BigDecimal.ZERO;
        long total = 0L;
        for (String refund : refunds) {
            refunded = refunded.add(new BigDecimal(refund));
            long after = PointsTerms.reversedAfter(earned, paid, refunded);
            long reversal = after - reversedBefore;
            assertTrue(reversal >= 0, "a refund never gives points");
            total += reversal;
            reversedBefore = after;
            assertTrue(total <= earned, "never more than the line earned");
        }
        assertEquals(0, paid.compareTo(refunded));
        assertEquals(earned, total, "refunds adding up to the whole take back exactly what was earned");
    }

    @Test
    void shouldPriceHundredPointsAtTheConfiguredYuanAndCapTheOrderShare() {
        assertEquals(new BigDecimal("5.00"), terms.yuanFor(500L));
        assertEquals(new BigDecimal("0.01"), terms.yuanFor(1L));
        assertEquals(5000L, terms.maxPointsFor(new BigDecimal("100.00")));
        assertEquals(4999L, terms.maxPointsFor(new BigDecimal("99.99")));
    }

    @Test
    void shouldRefuseTermsOutOfRange() {
        assertThrows(IllegalArgumentException.class,
                () -> new PointsTerms(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.5")));
        assertThrows(IllegalArgumentException.class,
                () -> new PointsTerms(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1.5")));
    }
}
