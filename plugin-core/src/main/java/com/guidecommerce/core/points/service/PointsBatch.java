package com.guidecommerce.core.points.service;

import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.memberday.service.PointsMultipliers;
import com.guidecommerce.core.points.dao.LineEarning;
import com.guidecommerce.core.points.dao.NewPointsEntry;
import com.guidecommerce.core.points.dao.PointsStore;
import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;
import com.guidecommerce.core.points.rule.PointsExpiry;
import com.guidecommerce.core.points.rule.PointsTerms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one batch of order facts does to the points ledger. The earnings of the orders it touches are read up front in
 * one query; events are applied in the order they happened; balances are then added to (account rows first, in
 * customer order), the new entries inserted and the stored earnings of completed orders given their release date.
 */
final class PointsBatch {

    static final String SEQUENCE = "GC_POINTS_ENTRY";

    private final PointsStore store;
    private final IdBlocks ids;
    private final PointsTerms terms;
    private final PointsExpiry expiry;
    private final PointsMultipliers multipliers;

    private final Map<Long, LineEarning> lines = new HashMap<Long, LineEarning>();
    private final Set<Long> earnedOrders = new HashSet<Long>();
    private final List<NewPointsEntry> entries = new ArrayList<NewPointsEntry>();
    private final Map<Long, NewPointsEntry> newEarnings = new HashMap<Long, NewPointsEntry>();
    private final Map<Long, long[]> deltas = new HashMap<Long, long[]>();
    private final Map<Long, Date> storedAvailableAt = new LinkedHashMap<Long, Date>();

    PointsBatch(PointsStore store, IdBlocks ids, PointsTerms terms, PointsExpiry expiry,
                PointsMultipliers multipliers) {
        this.store = store;
        this.ids = ids;
        this.terms = terms;
        this.expiry = expiry;
        this.multipliers = multipliers;
    }

    void apply(OrderFacts facts) {
        prefetch(facts);
        Date now = facts.getNow();
        // The channel API answers with the commission ledger's entries only; points entries are not counted there.
        for (OrderEvent event : facts.getEvents()) {
            OrderView order = event.getOrder();
            switch (event.getType()) {
                case PAID:
                    if (order.isMatched()) {
                        earn(order, event.getEventId(), now);
                    }
                    break;
                case IDENTIFIED:
                    if (!earnedOrders.contains(order.getId())) {
                        earn(order, null, now);
                    }
                    for (LineView line : order.getLines()) {
                        reverse(order, line, line.getRefundedAmount(), null, now);
                    }
                    break;
                case COMPLETED:
                    makeAvailableAt(order.getId(), order.getReturnWindowEndsAt());
                    break;
                default:
                    for (OrderEvent.Refund refund : event.getRefunds()) {
                        LineView line = order.line(refund.getLineId());
                        reverse(order, line, refund.getRefundedBefore().add(refund.getAmount()), event.getEventId(),
                                now);
                    }
                    break;
            }
        }
        store.addToAccounts(deltas, now);
        store.insert(entries);
        store.setAvailableAt(storedAvailableAt);
    }

    private void prefetch(OrderFacts facts) {
        Set<Long> stored = new HashSet<Long>();
        Set<Long> paidNow = new HashSet<Long>();
        for (OrderEvent event : facts.getEvents()) {
            Long orderId = event.getOrder().getId();
            if (event.getType() == OrderEvent.Type.PAID) {
                paidNow.add(orderId);
            } else if (event.getType() != OrderEvent.Type.COMPLETED && !paidNow.contains(orderId)) {
                // Refunds and identifications need what the order's lines earned; completions are set by SQL.
                stored.add(orderId);
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        lines.putAll(store.earningsOf(stored));
        Map<Long, Long> orderOfLine = new HashMap<Long, Long>();
        for (OrderEvent event : facts.getEvents()) {
            for (LineView line : event.getOrder().getLines()) {
                orderOfLine.put(line.getId(), event.getOrder().getId());
            }
        }
        for (Long lineId : lines.keySet()) {
            Long orderId = orderOfLine.get(lineId);
            if (orderId != null) {
                earnedOrders.add(orderId);
            }
        }
    }

    private void earn(OrderView order, Long eventId, Date now) {
        earnedOrders.add(order.getId());
        BigDecimal multiplier = multipliers.multiplierFor(order.getCustomerId(), order.getChannelCode(),
                order.getStoreCode(), order.getPaidAt());
        if (multiplier == null || multiplier.compareTo(BigDecimal.ONE) < 0) {
            multiplier = BigDecimal.ONE;
        }
        for (LineView line : order.getLines()) {
            long points = terms.earned(line.getPaidAmount(), multiplier);
            if (points <= 0) {
                continue;
            }
            NewPointsEntry earning = new NewPointsEntry(ids.next(SEQUENCE), order.getCustomerId(), PointsKind.EARN,
                    points, PointsStatus.PENDING, order.getChannelCode() + " " + order.getOrderNo() + " line "
                    + line.getLineNo() + ": " + line.getPaidAmount().toPlainString() + " x " + terms.getPerYuan()
                    .stripTrailingZeros().toPlainString() + " x " + multiplier.stripTrailingZeros().toPlainString(), now);
            earning.channelCode = order.getChannelCode();
            earning.channelOrderId = order.getId();
            earning.orderLineId = line.getId();
            earning.baseAmount = line.getPaidAmount();
            earning.multiplier = multiplier;
            earning.eventId = eventId;
            earning.expiresAt = expiry.expiresAt(now);
            earning.availableAt = order.getReturnWindowEndsAt();
            entries.add(earning);
            newEarnings.put(earning.id, earning);
            lines.put(line.getId(), new LineEarning(earning.id, order.getCustomerId(), points, PointsStatus.PENDING));
            add(order.getCustomerId(), PointsStatus.PENDING, points);
        }
    }

    private void reverse(OrderView order, LineView line, BigDecimal refundedAfter, Long eventId, Date now) {
        LineEarning earning = line == null ? null : lines.get(line.getId());
        if (earning == null) {
            return;
        }
        long target = PointsTerms.reversedAfter(earning.earned, line.getPaidAmount(), refundedAfter);
        long points = target - earning.reversed;
        if (points <= 0) {
            return;
        }
        earning.reversed = target;
        NewPointsEntry reversal = new NewPointsEntry(ids.next(SEQUENCE), earning.customerId, PointsKind.REVERSAL,
                -points, earning.status, order.getChannelCode() + " " + order.getOrderNo() + " line "
                + line.getLineNo() + " refunded " + refundedAfter.toPlainString() + " of "
                + line.getPaidAmount().toPlainString(), now);
        reversal.channelCode = order.getChannelCode();
        reversal.channelOrderId = order.getId();
        reversal.orderLineId = line.getId();
        reversal.baseAmount = refundedAfter;
        reversal.relatesTo = earning.earnEntryId;
        reversal.eventId = eventId;
        entries.add(reversal);
        add(earning.customerId, earning.status, -points);
    }

    private void makeAvailableAt(Long orderId, Date availableAt) {
        if (availableAt == null) {
            return;
        }
        boolean storedEarnings = true;
        for (NewPointsEntry earning : newEarnings.values()) {
            if (orderId.equals(earning.channelOrderId)) {
                earning.availableAt = availableAt;
                storedEarnings = false;
            }
        }
        if (storedEarnings) {
            storedAvailableAt.put(orderId, availableAt);
        }
    }

    private void add(long customerId, PointsStatus status, long points) {
        long[] delta = deltas.get(customerId);
        if (delta == null) {
            delta = new long[2];
            deltas.put(customerId, delta);
        }
        delta[status == PointsStatus.AVAILABLE ? 0 : 1] += points;
    }
}
