package com.guidecommerce.core.packagecard.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReferenceBandTest {

    private final ReferenceBand members = ReferenceBand.ofPercent(new BigDecimal("10"), new BigDecimal("20"));

    @Test
    void shouldPlaceARateUnderTheLowBoundBelow() {
        assertEquals(RateBand.BELOW, members.position(new BigDecimal("0.0999")));
        assertEquals(RateBand.BELOW, members.position(BigDecimal.ZERO));
    }

    @Test
    void shouldCountBothBoundsWithinTheBand() {
        assertEquals(RateBand.WITHIN, members.position(new BigDecimal("0.1000")));
        assertEquals(RateBand.WITHIN, members.position(new BigDecimal("0.15")));
        assertEquals(RateBand.WITHIN, members.position(new BigDecimal("0.2000")));
    }

    @Test
    void shouldPlaceARateOverTheHighBoundAbove() {
        assertEquals(RateBand.ABOVE, members.position(new BigDecimal("0.2001")));
        assertEquals(RateBand.ABOVE, members.position(BigDecimal.ONE));
    }

    @Test
    void shouldPlaceNoRateNowhere() {
        assertNull(members.position(null));
    }

    @Test
    void shouldReadPercentagesAsFractions() {
        ReferenceBand firstOrders = ReferenceBand.ofPercent(new BigDecimal("5"), new BigDecimal("12.5"));

        assertEquals(0, new BigDecimal("0.05").compareTo(firstOrders.getLow()));
        assertEquals(0, new BigDecimal("0.125").compareTo(firstOrders.getHigh()));
        assertEquals(RateBand.WITHIN, firstOrders.position(new BigDecimal("0.1250")));
        assertEquals(RateBand.ABOVE, firstOrders.position(new BigDecimal("0.1251")));
    }

    @Test
    void shouldRefuseABandUpsideDownOrOutsideZeroToAHundred() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceBand.ofPercent(new BigDecimal("20"),
                new BigDecimal("10")));
        assertThrows(IllegalArgumentException.class, () -> ReferenceBand.ofPercent(new BigDecimal("-1"),
                new BigDecimal("10")));
        assertThrows(IllegalArgumentException.class, () -> ReferenceBand.ofPercent(new BigDecimal("10"),
                new BigDecimal("101")));
        assertThrows(IllegalArgumentException.class, () -> ReferenceBand.ofPercent(null, new BigDecimal("10")));
    }
}
