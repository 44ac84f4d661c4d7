package com.guidecommerce.core.membertier.rule;

import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberSpendRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-12-06 23:30 in Shanghai, 15:30 UTC. */
    private static final Date LATE_EVENING = Date.from(Instant.parse("2026-12-06T15:30:00Z"));
    /** 2026-12-07 00:30 in Shanghai, still the 6th in UTC. */
    private static final Date AFTER_MIDNIGHT = Date.from(Instant.parse("2026-12-06T16:30:00Z"));

    private static OrderView order(long id, Long member, Date paidAt, String paid, String refunded) {
        List<LineView> lines = Collections.singletonList(new LineView(id * 10, "1", "SKU", "Tee", null, null, 1,
                new BigDecimal(paid), new BigDecimal(refunded)));
        return new OrderView(id, "TMALL", "T" + id, "CNY", member, null, null, null, paidAt, null, null, lines);
    }

    private static OrderEvent refund(OrderView order, String amount) {
        return OrderEvent.refunded(order, 99L, Collections.singletonList(
                new OrderEvent.Refund(order.getId() * 10, new BigDecimal(amount), BigDecimal.ZERO)), new Date());
    }

    @Test
    void shouldAddPaidOrdersOnTheirHqDay() {
        Map<Long, Map<LocalDate, BigDecimal>> deltas = MemberSpendRules.deltas(Arrays.asList(
                OrderEvent.paid(order(1, 7L, LATE_EVENING, "100.00", "0"), 1L),
                OrderEvent.paid(order(2, 7L, AFTER_MIDNIGHT, "50.00", "0"), 2L),
                OrderEvent.paid(order(3, 7L, LATE_EVENING, "20.50", "0"), 3L)), SHANGHAI);

        assertEquals(new BigDecimal("120.50"), deltas.get(7L).get(LocalDate.of(2026, 12, 6)));
        assertEquals(new BigDecimal("50.00"), deltas.get(7L).get(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void shouldSubtractRefundsOnTheOrdersPaidDay() {
        OrderView paid = order(1, 7L, LATE_EVENING, "300.00", "120.00");

        Map<Long, Map<LocalDate, BigDecimal>> deltas = MemberSpendRules.deltas(
                Collections.singletonList(refund(paid, "120.00")), SHANGHAI);

        assertEquals(new BigDecimal("-120.00"), deltas.get(7L).get(LocalDate.of(2026, 12, 6)));
    }

    @Test
    void shouldCountNothingForAnUnmatchedOrderAndPaidLessRefundedOnceIdentified() {
        OrderView anonymous = order(1, null, LATE_EVENING, "300.00", "0");
        OrderView identified = order(1, 8L, LATE_EVENING, "300.00", "100.00");

        Map<Long, Map<LocalDate, BigDecimal>> deltas = MemberSpendRules.deltas(Arrays.asList(
                OrderEvent.paid(anonymous, 1L), refund(order(1, null, LATE_EVENING, "300.00", "100.00"), "100.00"),
                OrderEvent.identified(identified)), SHANGHAI);

        assertEquals(1, deltas.size());
        assertEquals(new BigDecimal("200.00"), deltas.get(8L).get(LocalDate.of(2026, 12, 6)));
    }

    @Test
    void shouldLeaveOutCompletionsAndKeysThatAddUpToZero() {
        OrderView order = order(1, 7L, LATE_EVENING, "80.00", "80.00");

        Map<Long, Map<LocalDate, BigDecimal>> deltas = MemberSpendRules.deltas(Arrays.asList(
                OrderEvent.paid(order, 1L), OrderEvent.completed(order, 2L), refund(order, "80.00")), SHANGHAI);

        assertTrue(deltas.isEmpty(), deltas.toString());
    }

    @Test
    void shouldCountDaysAfterTheWindowStartUpToToday() {
        SpendWindow window = new SpendWindow(365);
        LocalDate today = LocalDate.of(2026, 12, 6);

        assertEquals(LocalDate.of(2025, 12, 6), window.lastDayOutside(today));
        assertFalse(window.counts(LocalDate.of(2025, 12, 6), today));
        assertTrue(window.counts(LocalDate.of(2025, 12, 7), today));
        assertTrue(window.counts(today, today));
        assertFalse(window.counts(today.plusDays(1), today));
        assertEquals(MemberTierError.BAD_SETTING,
                assertThrows(MemberTierException.class, () -> new SpendWindow(0)).getError());
    }
}
