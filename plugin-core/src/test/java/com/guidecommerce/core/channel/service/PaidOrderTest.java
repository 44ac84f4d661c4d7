package com.guidecommerce.core.channel.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaidOrderTest {

    private static final Date PAID = new Date(1700000000000L);

    @Test
    void shouldNameTheOrderByChannelAndNumber() {
        assertEquals("TMALL/TM-1", order("100.00", "0.00").getReference());
    }

    @Test
    void shouldBeFullyRefundedOnlyWhenRefundsTookBackEverythingPaid() {
        assertFalse(order("100.00", "99.99").isFullyRefunded());
        assertTrue(order("100.00", "100.00").isFullyRefunded());
        assertTrue(order("0.00", "0.00").isFullyRefunded(), "nothing paid, nothing kept");
    }

    @Test
    void shouldNotChangeWhenTheDatesItWasBuiltFromOrHandedOutChange() {
        Date paidAt = new Date(PAID.getTime());
        PaidOrder order = new PaidOrder(7L, "TMALL", "TM-1", paidAt, new BigDecimal("1.00"), BigDecimal.ZERO, null, null);

        paidAt.setTime(0L);
        order.getPaidAt().setTime(0L);

        assertEquals(PAID, order.getPaidAt());
        assertNull(order.getCompletedAt());
    }

    private static PaidOrder order(String paid, String refunded) {
        return new PaidOrder(7L, "TMALL", "TM-1", PAID, new BigDecimal(paid), new BigDecimal(refunded), null, null);
    }
}
