package com.guidecommerce.core.membertier.rule;

import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of order facts adds to members' spend, by member and HQ-zone day of the order's payment: a paid order
 * its lines' paid amounts; a refund minus what it took back, on the order's paid day; an order identified later what
 * was paid less what had been refunded by then (its earlier refunds were not counted while it had no member). An
 * order without a member counts nothing; a completion changes nothing.
 */
public final class MemberSpendRules {

    private MemberSpendRules() {
    }

    /** Amounts by member, then day, both ascending; keys that add up to zero are left out. */
    public static Map<Long, Map<LocalDate, BigDecimal>> deltas(List<OrderEvent> events, ZoneId zone) {
        Map<Long, Map<LocalDate, BigDecimal>> deltas = new TreeMap<Long, Map<LocalDate, BigDecimal>>();
        for (OrderEvent event : events) {
            OrderView order = event.getOrder();
            if (!order.isMatched() || order.getPaidAt() == null) {
                continue;
            }
            BigDecimal amount = amountOf(event);
            if (amount.signum() == 0) {
                continue;
            }
            LocalDate day = order.getPaidAt().toInstant().atZone(zone).toLocalDate();
            Map<LocalDate, BigDecimal> days = deltas.get(order.getCustomerId());
            if (days == null) {
                days = new TreeMap<LocalDate, BigDecimal>();
                deltas.put(order.getCustomerId(), days);
            }
            BigDecimal before = days.get(day);
            days.put(day, before == null ? amount : before.add(amount));
        }
        for (Map<LocalDate, BigDecimal> days : deltas.values()) {
            days.values().removeIf(sum -> sum.signum() == 0);
        }
        deltas.values().removeIf(Map::isEmpty);
        return deltas;
    }

    /** What one fact adds to its member's spend (negative for a refund). */
    public static BigDecimal amountOf(OrderEvent event) {
        BigDecimal sum = BigDecimal.ZERO;
        switch (event.getType()) {
            case PAID:
                for (LineView line : event.getOrder().getLines()) {
                    sum = sum.add(line.getPaidAmount());
                }
                return sum;
            case IDENTIFIED:
                for (LineView line : event.getOrder().getLines()) {
                    sum = sum.add(line.getPaidAmount()).subtract(zeroIfNull(line.getRefundedAmount()));
                }
                return sum;
            case REFUNDED:
                for (OrderEvent.Refund refund : event.getRefunds()) {
                    sum = sum.subtract(refund.getAmount());
                }
                return sum;
            default:
                return sum;
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
