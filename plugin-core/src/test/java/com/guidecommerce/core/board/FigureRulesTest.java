package com.guidecommerce.core.board;

import com.guidecommerce.core.board.rule.FigurePlace;
import com.guidecommerce.core.board.rule.FigureRules;
import com.guidecommerce.core.board.rule.FigureSheet;
import com.guidecommerce.core.board.rule.Measures;
import com.guidecommerce.core.board.rule.GuideDayKey;
import com.guidecommerce.core.board.rule.Measure;
import com.guidecommerce.core.board.rule.StoreDayKey;
import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.channel.service.OrderRefund;
import com.guidecommerce.core.organisation.service.Placement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What order facts add to the figures: days, guides, refunds and identifications. */
class FigureRulesTest {

    private static final Long MEMBER = 7L;
    private static final FigurePlace SHANGHAI_GUIDE = new FigurePlace(
            new Placement(11L, 21L, 31L, 41L, "Asia/Shanghai"), ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldCountASaleOnTheStoreLocalDayInShanghaiEvenWhenTheJvmRunsInUtc() {
        TimeZone jvm = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            // 17:30 UTC on 1 March is 01:30 on 2 March in Shanghai.
            OrderView order = order(1L, MEMBER, "2026-03-01T17:30:00Z", line(101L, "80.00", "0"));
            FigureSheet sheet = new FigureSheet();

            FigureRules.addOrders(Collections.singletonList(OrderEvent.paid(order, 501L)), lookup(null), sheet);

            Measures day = sheet.getGuideDays().get(new GuideDayKey(LocalDate.of(2026, 3, 2), 11L, 21L));
            assertEquals(new BigDecimal("80.00"), day.get(Measure.SALES));
            assertEquals(BigDecimal.ONE, day.get(Measure.ORDERS));
            assertEquals(1, sheet.getGuideDays().size());
            assertEquals(new BigDecimal("80.00"), sheet.getStoreDays()
                    .get(new StoreDayKey(LocalDate.of(2026, 3, 2), 21L, "TM")).get(Measure.SALES));
            assertEquals(Long.valueOf(31L), day.getRegionId());
        } finally {
            TimeZone.setDefault(jvm);
        }
    }

    @Test
    void shouldCountARefundOnTheDayItHappenedNotTheDayOfTheSale() {
        OrderView paid = order(1L, MEMBER, "2026-03-01T02:00:00Z", line(101L, "80.00", "0"));
        OrderView refunded = order(1L, MEMBER, "2026-03-01T02:00:00Z", line(101L, "80.00", "30.00"));
        OrderEvent refund = OrderEvent.refunded(refunded, 502L, Collections.singletonList(
                new OrderEvent.Refund(101L, new BigDecimal("30.00"), BigDecimal.ZERO)),
                Date.from(Instant.parse("2026-03-03T05:00:00Z")));
        FigureSheet sheet = new FigureSheet();

        FigureRules.addOrders(Arrays.asList(OrderEvent.paid(paid, 501L), refund), lookup(null), sheet);

        Measures saleDay = sheet.getGuideDays().get(new GuideDayKey(LocalDate.of(2026, 3, 1), 11L, 21L));
        Measures refundDay = sheet.getGuideDays().get(new GuideDayKey(LocalDate.of(2026, 3, 3), 11L, 21L));
        assertEquals(new BigDecimal("80.00"), saleDay.get(Measure.SALES));
        assertEquals(BigDecimal.ZERO, saleDay.get(Measure.REFUNDS));
        assertEquals(new BigDecimal("30.00"), refundDay.get(Measure.REFUNDS));
        assertEquals(BigDecimal.ONE, refundDay.get(Measure.REFUNDED_ORDERS));
        assertEquals(BigDecimal.ZERO, refundDay.get(Measure.SALES));
    }

    @Test
    void shouldAddAnOrderIdentifiedLaterWithTheRefundsItHadMeanwhileEachOnItsOwnDay() {
        OrderView unmatched = order(1L, null, "2026-03-01T02:00:00Z", line(101L, "80.00", "0"));
        FigureSheet first = new FigureSheet();
        FigureRules.addOrders(Collections.singletonList(OrderEvent.paid(unmatched, 501L)), lookup(null), first);
        assertTrue(first.isEmpty());

        OrderView identified = order(1L, MEMBER, "2026-03-01T02:00:00Z", line(101L, "80.00", "50.00"));
        OrderView refundedAgain = order(1L, MEMBER, "2026-03-01T02:00:00Z", line(101L, "80.00", "60.00"));
        List<OrderRefund> meanwhile = Arrays.asList(
                refund(502L, "2026-03-02T03:00:00Z", "50.00"),
                refund(503L, "2026-03-04T03:00:00Z", "10.00"));
        OrderEvent sameBatchRefund = OrderEvent.refunded(refundedAgain, 503L, Collections.singletonList(
                new OrderEvent.Refund(101L, new BigDecimal("10.00"), new BigDecimal("50.00"))),
                Date.from(Instant.parse("2026-03-04T03:00:00Z")));
        FigureSheet later = new FigureSheet();

        FigureRules.addOrders(Arrays.asList(OrderEvent.identified(identified), sameBatchRefund), lookup(meanwhile),
                later);

        assertEquals(new BigDecimal("80.00"), later.getGuideDays()
                .get(new GuideDayKey(LocalDate.of(2026, 3, 1), 11L, 21L)).get(Measure.SALES));
        assertEquals(new BigDecimal("50.00"), later.getGuideDays()
                .get(new GuideDayKey(LocalDate.of(2026, 3, 2), 11L, 21L)).get(Measure.REFUNDS));
        Measures fourth = later.getGuideDays().get(new GuideDayKey(LocalDate.of(2026, 3, 4), 11L, 21L));
        assertEquals(new BigDecimal("10.00"), fourth.get(Measure.REFUNDS));
        assertEquals(BigDecimal.ONE, fourth.get(Measure.REFUNDED_ORDERS));
    }

    @Test
    void shouldNotCountAnOrderWhoseMemberHadNoGuideWhenItWasPaid() {
        OrderView order = order(1L, MEMBER, "2026-03-01T02:00:00Z", line(101L, "80.00", "0"));
        FigureSheet sheet = new FigureSheet();
        FigureRules.Lookup noGuide = new FigureRules.Lookup() {
            @Override
            public FigurePlace creditedAt(Long customerId, Date at) {
                return null;
            }

            @Override
            public FigurePlace placeOf(Long guideId) {
                return null;
            }

            @Override
            public List<OrderRefund> refundsOf(Long orderId) {
                return Collections.emptyList();
            }
        };

        FigureRules.addOrders(Collections.singletonList(OrderEvent.paid(order, 501L)), noGuide, sheet);

        assertTrue(sheet.isEmpty());
        assertNull(sheet.getStoreDays().get(new StoreDayKey(LocalDate.of(2026, 3, 1), 21L, "TM")));
    }

    private static FigureRules.Lookup lookup(final List<OrderRefund> refunds) {
        return new FigureRules.Lookup() {
            @Override
            public FigurePlace creditedAt(Long customerId, Date at) {
                return MEMBER.equals(customerId) ? SHANGHAI_GUIDE : null;
            }

            @Override
            public FigurePlace placeOf(Long guideId) {
                return SHANGHAI_GUIDE;
            }

            @Override
            public List<OrderRefund> refundsOf(Long orderId) {
                return refunds == null ? Collections.<OrderRefund>emptyList() : refunds;
            }
        };
    }

    private static OrderRefund refund(Long eventId, String at, String amount) {
        return new OrderRefund(eventId, 1L, "TM", MEMBER, Date.from(Instant.parse("2026-03-01T02:00:00Z")),
                Date.from(Instant.parse(at)), new BigDecimal(amount));
    }

    private static OrderView order(Long id, Long customerId, String paidAt, LineView... lines) {
        return new OrderView(id, "TM", "TM-" + id, "CNY", customerId, null, null, null,
                Date.from(Instant.parse(paidAt)), null, null, new ArrayList<LineView>(Arrays.asList(lines)));
    }

    private static LineView line(Long id, String paid, String refunded) {
        return new LineView(id, "1", "SKU", "Tea", null, null, 1, new BigDecimal(paid), new BigDecimal(refunded));
    }
}
