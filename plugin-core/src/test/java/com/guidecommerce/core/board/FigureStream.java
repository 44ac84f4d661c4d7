package com.guidecommerce.core.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A generated stream of channel deliveries for figure tests, and the figures it must give, worked out here from the
 * stream alone: orders of bound, unbound and not-yet-identified members; refunds on later days, some delivered before
 * their order; deliveries sent twice. Members' guides are given as binding times, which the test makes happen.
 */
final class FigureStream {

    /** A member's binding to a guide from a moment on. */
    static final class Binding {
        final int member;
        final int guide;
        final Instant at;

        Binding(int member, int guide, Instant at) {
            this.member = member;
            this.guide = guide;
            this.at = at;
        }
    }

    /** One delivery: when it is sent, and its JSON body. */
    static final class Delivery {
        final Instant sentAt;
        final String body;

        Delivery(Instant sentAt, String body) {
            this.sentAt = sentAt;
            this.body = body;
        }
    }

    /** An order of the stream; {@code member} is who the buyer is, known to the channel only when not anonymous. */
    static final class Order {
        final String orderNo;
        final int member;
        final boolean anonymous;
        final Instant paidAt;
        final List<BigDecimal> lines = new ArrayList<BigDecimal>();
        Instant refundedAt;
        BigDecimal refund;

        Order(String orderNo, int member, boolean anonymous, Instant paidAt) {
            this.orderNo = orderNo;
            this.member = member;
            this.anonymous = anonymous;
            this.paidAt = paidAt;
        }

        BigDecimal paid() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal line : lines) {
                sum = sum.add(line);
            }
            return sum;
        }
    }

    final List<Binding> bindings = new ArrayList<Binding>();
    final List<Order> orders = new ArrayList<Order>();
    final List<Delivery> deliveries = new ArrayList<Delivery>();

    /**
     * @param guideOfMember the guide (index) each member (index) is first bound to, or -1 for a member never bound
     * @param transfer      {member, guide}: a member moved to another guide a day and a half after {@code start}
     */
    FigureStream(long seed, String prefix, Instant start, int[] guideOfMember, int[] transfer, int orderCount) {
        Random random = new Random(seed);
        for (int member = 0; member < guideOfMember.length; member++) {
            if (guideOfMember[member] >= 0) {
                bindings.add(new Binding(member, guideOfMember[member], start.minusSeconds(3600L * (48 - member))));
            }
        }
        bindings.add(new Binding(transfer[0], transfer[1], start.plusSeconds(36 * 3600L)));
        for (int i = 0; i < orderCount; i++) {
            int member = random.nextInt(guideOfMember.length);
            Order order = new Order(prefix + "-" + i, member, i % 7 == 3, start.plusSeconds(random.nextInt(72 * 3600)));
            for (int line = 0, count = 1 + random.nextInt(2); line < count; line++) {
                order.lines.add(BigDecimal.valueOf(1000 + random.nextInt(19000), 2));
            }
            if (random.nextInt(3) == 0) {
                order.refundedAt = order.paidAt.plusSeconds(3600 + random.nextInt(40 * 3600));
                order.refund = BigDecimal.valueOf(100 + random.nextInt(order.lines.get(0).movePointRight(2)
                        .intValue() - 100), 2);
            }
            orders.add(order);
            boolean early = order.refund != null && i % 4 == 0;
            Instant orderSent = early ? order.refundedAt.plusSeconds(3600) : order.paidAt;
            deliveries.add(new Delivery(orderSent, paidJson(order)));
            if (i % 9 == 0) {
                deliveries.add(new Delivery(orderSent.plusSeconds(60), paidJson(order)));
            }
            if (order.refund != null) {
                String refund = refundJson(order);
                deliveries.add(new Delivery(order.refundedAt, refund));
                if (i % 5 == 0) {
                    deliveries.add(new Delivery(order.refundedAt.plusSeconds(120), refund));
                }
            }
            if (i % 6 == 0) {
                Instant completed = order.paidAt.plusSeconds(50 * 3600);
                deliveries.add(new Delivery(completed.isBefore(orderSent) ? orderSent : completed,
                        "{\"type\":\"ORDER_COMPLETED\",\"orderNo\":\"" + order.orderNo + "\",\"occurredAt\":\""
                                + completed + "\"}"));
            }
        }
        Collections.sort(deliveries, new Comparator<Delivery>() {
            @Override
            public int compare(Delivery a, Delivery b) {
                return a.sentAt.compareTo(b.sentAt);
            }
        });
    }

    /** The member's guide at {@code at}, or -1. */
    int guideAt(int member, Instant at) {
        int guide = -1;
        for (Binding binding : bindings) {
            if (binding.member == member && !binding.at.isAfter(at)) {
                guide = binding.guide;
            }
        }
        return guide;
    }

    /**
     * What the figures must be once every order is identified: per guide, per store-local day, {sales, refunds, orders,
     * refunds counted, bindings, new members}.
     */
    Map<Integer, Map<LocalDate, BigDecimal[]>> expected(ZoneId[] zoneOfGuide) {
        Map<Integer, Map<LocalDate, BigDecimal[]>> byGuide = new HashMap<Integer, Map<LocalDate, BigDecimal[]>>();
        for (Order order : orders) {
            int guide = guideAt(order.member, order.paidAt);
            if (guide < 0) {
                continue;
            }
            add(byGuide, guide, order.paidAt.atZone(zoneOfGuide[guide]).toLocalDate(), 0, order.paid());
            add(byGuide, guide, order.paidAt.atZone(zoneOfGuide[guide]).toLocalDate(), 2, BigDecimal.ONE);
            if (order.refund != null) {
                add(byGuide, guide, order.refundedAt.atZone(zoneOfGuide[guide]).toLocalDate(), 1, order.refund);
                add(byGuide, guide, order.refundedAt.atZone(zoneOfGuide[guide]).toLocalDate(), 3, BigDecimal.ONE);
            }
        }
        List<Integer> seen = new ArrayList<Integer>();
        for (Binding binding : bindings) {
            LocalDate day = binding.at.atZone(zoneOfGuide[binding.guide]).toLocalDate();
            add(byGuide, binding.guide, day, 4, BigDecimal.ONE);
            if (!seen.contains(binding.member)) {
                seen.add(binding.member);
                add(byGuide, binding.guide, day, 5, BigDecimal.ONE);
            }
        }
        return byGuide;
    }

    private static void add(Map<Integer, Map<LocalDate, BigDecimal[]>> byGuide, int guide, LocalDate day, int metric,
                            BigDecimal amount) {
        Map<LocalDate, BigDecimal[]> days = byGuide.get(guide);
        if (days == null) {
            days = new TreeMap<LocalDate, BigDecimal[]>();
            byGuide.put(guide, days);
        }
        BigDecimal[] figures = days.get(day);
        if (figures == null) {
            figures = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO};
            days.put(day, figures);
        }
        figures[metric] = figures[metric].add(amount);
    }

    String paidJson(Order order) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < order.lines.size(); i++) {
            lines.append(i == 0 ? "" : ",").append("{\"lineNo\":\"").append(i + 1).append("\",\"paidAmount\":\"")
                    .append(order.lines.get(i).toPlainString()).append("\"}");
        }
        String buyer = order.anonymous ? "\"buyerId\":\"anon-" + order.orderNo + "\""
                : "\"memberNo\":\"%MEMBER" + order.member + "%\"";
        return "{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + order.orderNo + "\",\"occurredAt\":\"" + order.paidAt
                + "\",\"buyer\":{" + buyer + "},\"lines\":[" + lines + "]}";
    }

    private static String refundJson(Order order) {
        return "{\"type\":\"REFUND\",\"orderNo\":\"" + order.orderNo + "\",\"refundNo\":\"R-" + order.orderNo
                + "\",\"occurredAt\":\"" + order.refundedAt + "\",\"lines\":[{\"lineNo\":\"1\",\"amount\":\""
                + order.refund.toPlainString() + "\"}]}";
    }
}
