package com.guidecommerce.bench;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.event.EventWriter;
import com.guidecommerce.core.commission.rule.CommissionMath;
import com.guidecommerce.core.share.ShareCodes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

/**
 * Generates the deterministic channel stream (seeded {@link Random}): orders of 1–5 lines with fen-exact amounts, a
 * refund (full or partial, per line, sometimes in two parts) for about one order in five, completions for nine in ten,
 * about 2 % of completions and refunds delivered before their order, about 2 % of all events delivered twice. Buyers
 * are mostly members by member number, some by a phone number that is a recorded identity, some nobody knows; some
 * orders carry a signed share code of another guide. Every body is the JSON a channel would POST.
 */
final class StreamGenerator {

    static final long FIRST_PAID_AT = OffsetDateTime.parse("2025-09-01T00:00:00+08:00").toInstant().toEpochMilli();
    private static final long SPAN_MILLIS = 60L * 86_400_000L;
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;
    private static final int MAX_EARLY = 1500;

    private final BenchOptions options;
    private final Population population;
    private final ShareCodes shareCodes;
    private final Random random;
    private final Expectation expectation = new Expectation();
    private final List<List<Keyed>> channels = new ArrayList<>();
    private final int[] orderCount = new int[BenchChannels.CODES.size()];
    private long sequence;

    /** A delivery with its place in the channel's sending order. */
    private record Keyed(double key, long sequence, Delivery delivery) {
    }

    StreamGenerator(BenchOptions options, Population population, ShareCodes shareCodes) {
        this.options = options;
        this.population = population;
        this.shareCodes = shareCodes;
        this.random = new Random(options.seed);
        for (int i = 0; i < BenchChannels.CODES.size(); i++) {
            channels.add(new ArrayList<>());
        }
    }

    Expectation expectation() {
        return expectation;
    }

    /** Per channel, the bodies in sending order. */
    List<List<Delivery>> generate() {
        long orderIndex = 0;
        long estimatedOrders = Math.max(1, options.lines / 3);
        while (expectation.paidLines < options.lines) {
            int channel = BenchChannels.pick(random.nextInt(100));
            long paidAt = FIRST_PAID_AT + (long) (SPAN_MILLIS * Math.min(1.0, (double) orderIndex / estimatedOrders))
                    + random.nextInt(60_000);
            order(channel, paidAt);
            orderIndex++;
        }
        List<List<Delivery>> result = new ArrayList<>();
        for (List<Keyed> list : channels) {
            list.sort((a, b) -> a.key != b.key ? Double.compare(a.key, b.key) : Long.compare(a.sequence, b.sequence));
            List<Delivery> deliveries = new ArrayList<>(list.size());
            for (Keyed keyed : list) {
                deliveries.add(keyed.delivery);
            }
            list.clear();
            result.add(deliveries);
        }
        return result;
    }

    private void order(int channel, long paidAt) {
        String code = BenchChannels.CODES.get(channel);
        int position = orderCount[channel]++;
        String orderNo = BenchChannels.PREFIXES.get(channel) + String.format("%09d", position + 1);
        ChannelEvent.Builder paid = ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(new Date(paidAt));
        int buyer = buyer(paid, channel);
        int boundGuide = buyer < 0 ? -1 : population.boundGuide[buyer];
        int sharer = -1;
        if (buyer >= 0 && random.nextInt(100) < 15) {
            sharer = random.nextInt(population.guides());
            if (sharer == boundGuide) {
                sharer = (sharer + 1) % population.guides();
            }
            paid.share(shareCodes.sign(Population.guideCode(sharer)), new Date(paidAt - HOUR - random.nextInt(46) * HOUR));
            expectation.sharedOrders++;
        }
        if (channel == BenchChannels.CODES.indexOf("POS") && boundGuide >= 0) {
            paid.storeCode(Population.storeCode(population.storeOf(boundGuide)));
        }
        int lineCount = 1 + random.nextInt(5);
        long[] paidFen = new long[lineCount];
        for (int i = 0; i < lineCount; i++) {
            paidFen[i] = 990 + random.nextInt(99_000);
            int product = 1 + random.nextInt(500);
            paid.line(new EventLine(String.valueOf(i + 1), "SKU-" + product, (long) product, (long) (1 + product % 20),
                    "Item " + product, 1 + random.nextInt(3), fen(paidFen[i])));
            expectation.paidFen += paidFen[i];
        }
        expectation.orders++;
        expectation.paidLines += lineCount;
        if (buyer < 0) {
            expectation.unmatchedOrders++;
        }
        add(channel, position, EventWriter.write(paid.build()), EventType.ORDER_PAID, lineCount, 0);

        if (random.nextInt(100) < 90) {
            ChannelEvent completed = ChannelEvent.builder(EventType.ORDER_COMPLETED, orderNo)
                    .occurredAt(new Date(paidAt + 2 * DAY + random.nextInt(8) * DAY)).build();
            expectation.completions++;
            add(channel, position, EventWriter.write(completed), EventType.ORDER_COMPLETED, 0, 20 + random.nextInt(2000));
        }
        long[] refundedFen = new long[lineCount];
        if (random.nextInt(100) < 20) {
            refunds(channel, position, orderNo, paidAt, paidFen, refundedFen);
        }
        expect(code + ":" + orderNo, paidFen, refundedFen, boundGuide, sharer);
    }

    /** Fills the buyer; returns the customer index when the pipeline can know who it is, else -1. */
    private int buyer(ChannelEvent.Builder paid, int channel) {
        int kind = random.nextInt(100);
        if (kind < 75) {
            int customer = random.nextInt(population.customers);
            paid.memberNo(String.valueOf(Population.customerId(customer)));
            if (channel <= 1) {
                // Tmall and JD also name their platform buyer, which the pipeline learns as an identity.
                paid.buyerId(BenchChannels.PREFIXES.get(channel).toLowerCase() + "_" + customer);
            }
            return customer;
        }
        if (kind < 85) {
            int customer = random.nextInt(population.customers);
            while (!population.phoneIdentity[customer]) {
                customer = (customer + 1) % population.customers;
            }
            paid.phone(Population.phone(customer));
            return customer;
        }
        if (kind < 92) {
            paid.buyerId(BenchChannels.PREFIXES.get(channel).toLowerCase() + "_buyer_" + random.nextInt(1_000_000));
        } else {
            paid.phone(String.format("137%08d", random.nextInt(100_000_000)));
        }
        return -1;
    }

    private void refunds(int channel, int position, String orderNo, long paidAt, long[] paidFen, long[] refundedFen) {
        boolean twoParts = random.nextInt(100) < 25;
        List<EventLine> first = new ArrayList<>();
        List<EventLine> second = new ArrayList<>();
        for (int i = 0; i < paidFen.length; i++) {
            if (random.nextBoolean() && !(i == paidFen.length - 1 && first.isEmpty())) {
                continue;
            }
            long total = random.nextBoolean() ? paidFen[i] : 1 + (long) random.nextInt((int) paidFen[i] - 1);
            refundedFen[i] = total;
            String lineNo = String.valueOf(i + 1);
            if (twoParts && total >= 2) {
                long part = 1 + (long) random.nextInt((int) total - 1);
                first.add(EventLine.refund(lineNo, fen(part)));
                second.add(EventLine.refund(lineNo, fen(total - part)));
            } else {
                first.add(EventLine.refund(lineNo, fen(total)));
            }
            expectation.refundedFen += total;
        }
        int offset = 20 + random.nextInt(3000);
        refund(channel, position, orderNo, "RF1", paidAt + DAY + random.nextInt(10) * DAY, first, offset);
        if (!second.isEmpty()) {
            refund(channel, position, orderNo, "RF2", paidAt + 12 * DAY + random.nextInt(8) * DAY, second,
                    offset + 1 + random.nextInt(500));
        }
    }

    private void refund(int channel, int position, String orderNo, String refundNo, long at, List<EventLine> lines,
                        int offset) {
        ChannelEvent.Builder refund = ChannelEvent.builder(EventType.REFUND, orderNo).refundNo(refundNo)
                .occurredAt(new Date(at));
        lines.forEach(refund::line);
        expectation.refunds++;
        add(channel, position, EventWriter.write(refund.build()), EventType.REFUND, lines.size(), offset);
    }

    /** Places a body in its channel's sending order: after its order by {@code offset}, sometimes before it. */
    private void add(int channel, int position, String body, EventType type, int lines, int offset) {
        boolean early = type != EventType.ORDER_PAID && random.nextInt(100) < 2;
        double key = early ? position - 1 - random.nextInt(MAX_EARLY) + 0.5 : position + offset + 0.25;
        if (early) {
            expectation.early++;
        }
        channels.get(channel).add(new Keyed(key, sequence++, new Delivery(body, type, lines, false, early, position)));
        if (random.nextInt(100) < 2) {
            expectation.duplicates++;
            channels.get(channel).add(new Keyed(key + 1 + random.nextInt(5000), sequence++,
                    new Delivery(body, type, lines, true, false, position)));
        }
    }

    /** The commission the plan implies for this order, net of its refunds (see {@link BenchPlan}). */
    private void expect(String key, long[] paidFen, long[] refundedFen, int boundGuide, int sharer) {
        long commission = 0;
        long reversal = 0;
        for (int i = 0; i < paidFen.length; i++) {
            BigDecimal base = fen(paidFen[i]);
            for (BigDecimal original : BenchPlan.shares(base, sharer >= 0, boundGuide >= 0,
                    boundGuide >= 0 && population.franchiseeOfGuide(boundGuide) >= 0)) {
                commission += toFen(original);
                if (refundedFen[i] > 0) {
                    reversal += toFen(CommissionMath.reversal(original, base, BigDecimal.ZERO, fen(refundedFen[i])));
                }
            }
        }
        if (commission != 0) {
            expectation.perOrder.put(key, new long[] {commission, reversal});
        }
        expectation.commissionFen += commission;
        expectation.reversalFen += reversal;
    }

    static BigDecimal fen(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    static long toFen(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
