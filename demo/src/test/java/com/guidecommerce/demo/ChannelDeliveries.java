package com.guidecommerce.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded stream of signed-ready deliveries of the demo's channels for the demo shopper (member 13): orders paid, most
 * completed, many refunded in one or two parts (never beyond what a line was paid), and some deliveries sent twice.
 * All deliveries are shuffled and dealt to the sender lanes, so a refund or completion may come before its order, as
 * channels deliver them, and deliveries of one order are in flight at the same moment on different lanes.
 * Keeps what was sent: orders, lines, paid and refunded amounts, for the checks after the stream.
 */
final class ChannelDeliveries {

    static final String ORDER_PREFIX = "CRASH-";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] CHANNELS = {
        {"TMALL", "demo-tmall-secret"}, {"YOUZAN", "demo-youzan-secret"}, {"JD", "demo-jd-secret"},
        {"POS", "demo-pos-secret"}
    };
    /** The demo shopper, a member of guide G0003 in a fresh demo. */
    static final String MEMBER_NO = "13";

    private final Random random;
    private final List<List<Delivery>> lanes = new ArrayList<List<Delivery>>();
    private final Set<String> events = new LinkedHashSet<String>();
    private final Map<String, BigDecimal> paidByLine = new HashMap<String, BigDecimal>();
    private final Map<String, BigDecimal> refundedByLine = new HashMap<String, BigDecimal>();
    private final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(3)
            .truncatedTo(ChronoUnit.SECONDS);
    private int orders;

    ChannelDeliveries(long seed, int orderCount, int laneCount) {
        this.random = new Random(seed);
        for (int lane = 0; lane < laneCount; lane++) {
            lanes.add(new ArrayList<Delivery>());
        }
        List<Delivery> all = new ArrayList<Delivery>();
        for (int i = 1; i <= orderCount; i++) {
            all.addAll(order(i, CHANNELS[i % CHANNELS.length]));
        }
        Collections.shuffle(all, random);
        for (int i = 0; i < all.size(); i++) {
            lanes.get(i % laneCount).add(all.get(i));
        }
    }

    List<List<Delivery>> lanes() {
        return lanes;
    }

    int deliveryCount() {
        int count = 0;
        for (List<Delivery> lane : lanes) {
            count += lane.size();
        }
        return count;
    }

    /** Every distinct event sent, as CHANNEL/EVENT_KEY. */
    Set<String> events() {
        return events;
    }

    int orderCount() {
        return orders;
    }

    /** Paid amount of each line sent, by CHANNEL/ORDER_NO/LINE_NO. */
    Map<String, BigDecimal> paidByLine() {
        return paidByLine;
    }

    /** Refunds sent for each line, summed, by CHANNEL/ORDER_NO/LINE_NO (lines never refunded are absent). */
    Map<String, BigDecimal> refundedByLine() {
        return refundedByLine;
    }

    private List<Delivery> order(int number, String[] channel) {
        String code = channel[0];
        String secret = channel[1];
        String orderNo = ORDER_PREFIX + code + "-" + String.format("%04d", number);
        OffsetDateTime paidAt = start.plusMinutes(number);
        List<Delivery> deliveries = new ArrayList<Delivery>();

        ObjectNode paid = event("ORDER_PAID", orderNo, paidAt);
        paid.put("currency", "CNY");
        paid.putObject("buyer").put("memberNo", MEMBER_NO);
        ArrayNode lines = paid.putArray("lines");
        int lineCount = 1 + random.nextInt(3);
        List<BigDecimal> left = new ArrayList<BigDecimal>();
        for (int line = 1; line <= lineCount; line++) {
            BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(99000), 2);
            lines.addObject().put("lineNo", String.valueOf(line)).put("sku", "crash-sku-" + line)
                    .put("name", "crash item " + line).put("quantity", 1 + random.nextInt(2))
                    .put("paidAmount", amount.toPlainString());
            paidByLine.put(lineKey(code, orderNo, line), amount);
            left.add(amount);
        }
        deliveries.add(delivery(code, secret, "ORDER_PAID:" + orderNo, paid));
        orders++;

        if (random.nextInt(10) < 7) {
            deliveries.add(delivery(code, secret, "ORDER_COMPLETED:" + orderNo,
                    event("ORDER_COMPLETED", orderNo, paidAt.plusDays(1))));
        }
        int refunds = random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0;
        for (int refund = 1; refund <= refunds; refund++) {
            int line = 1 + random.nextInt(lineCount);
            BigDecimal remaining = left.get(line - 1);
            if (remaining.signum() == 0) {
                continue;
            }
            // Full or partial, never beyond what is left on the line, so every refund must apply.
            BigDecimal amount = random.nextBoolean() ? remaining
                    : remaining.multiply(BigDecimal.valueOf(1 + random.nextInt(99), 2)).setScale(2, RoundingMode.DOWN)
                    .max(new BigDecimal("0.01"));
            left.set(line - 1, remaining.subtract(amount));
            refundedByLine.merge(lineKey(code, orderNo, line), amount, BigDecimal::add);
            ObjectNode body = event("REFUND", orderNo, paidAt.plusDays(2).plusMinutes(refund));
            body.put("refundNo", "RF-" + refund);
            body.putArray("lines").addObject().put("lineNo", String.valueOf(line)).put("amount", amount.toPlainString());
            deliveries.add(delivery(code, secret, "REFUND:" + orderNo + ":RF-" + refund, body));
        }
        // A channel that did not hear our answer sends again: about one delivery in ten goes twice.
        List<Delivery> again = new ArrayList<Delivery>();
        for (Delivery delivery : deliveries) {
            if (random.nextInt(10) == 0) {
                again.add(new Delivery(delivery.channel, delivery.secret, delivery.eventKey, delivery.body));
            }
        }
        deliveries.addAll(again);
        return deliveries;
    }

    private ObjectNode event(String type, String orderNo, OffsetDateTime at) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        event.put("orderNo", orderNo);
        event.put("occurredAt", at.toString());
        return event;
    }

    private Delivery delivery(String channel, String secret, String eventKey, ObjectNode body) {
        events.add(channel + "/" + eventKey);
        try {
            return new Delivery(channel, secret, eventKey, JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lineKey(String channel, String orderNo, Object lineNo) {
        return channel + "/" + orderNo + "/" + lineNo;
    }

    /** One request a channel sends: the same body every time it is sent, signed afresh. */
    static final class Delivery {

        final String channel;
        final String secret;
        final String eventKey;
        final byte[] body;
        /** The last answer's status code; 0 while none came. */
        volatile int answered;
        volatile String answer;

        Delivery(String channel, String secret, String eventKey, byte[] body) {
            this.channel = channel;
            this.secret = secret;
            this.eventKey = eventKey;
            this.body = body;
        }

        boolean done() {
            return answered == 200;
        }

        @Override
        public String toString() {
            return channel + " " + eventKey + " " + new String(body, StandardCharsets.UTF_8);
        }
    }
}
