package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventJson;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.event.PhoneNumbers;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.common.IdBlocks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one batch of a channel's stored deliveries, in delivery order, inside the caller's transaction: duplicates
 * are recognised by their natural key (against earlier batches and within this one), orders are created, identified
 * and attributed, completions freeze and refunds reverse commission, and completions or refunds of orders not seen
 * yet wait for them. The batch's orders are locked before anything is read ({@link OrderLocks}); all reads happen up
 * front in bulk and all writes at the end in JDBC batches.
 */
final class IngestBatch {

    static final String ORDER_SEQUENCE = "GC_CHANNEL_ORDER";
    static final String LINE_SEQUENCE = "GC_CHANNEL_ORDER_LINE";
    static final String IDENTITY_SEQUENCE = "GC_MEMBER_IDENTITY";

    private final ChannelJdbcStore store;
    private final OrderLocks locks;
    private final IdBlocks ids;
    private final ChannelTerms channel;
    private final IngestSettings settings;
    private final String phoneSalt;
    private final Date now;
    private final Lookups lookups;
    private final Attributor attributor;
    private final CommissionWriter writer;

    private final Map<String, OrderState> orders = new LinkedHashMap<String, OrderState>();
    private final Map<String, List<EventRow>> waiting = new HashMap<String, List<EventRow>>();
    private final List<EventRow> touched = new ArrayList<EventRow>();
    private final List<Object[]> identities = new ArrayList<Object[]>();

    IngestBatch(ChannelJdbcStore store, OrderLocks locks, IdBlocks ids, IngestSettings settings, ChannelTerms channel,
                Date now) {
        this.store = store;
        this.locks = locks;
        this.ids = ids;
        this.channel = channel;
        this.settings = settings;
        this.phoneSalt = settings.phoneSalt;
        this.now = now;
        this.lookups = new Lookups(store.jdbc());
        this.attributor = new Attributor(lookups, settings.shareCodes, settings.attributionWindowDays);
        this.writer = new CommissionWriter(lookups, ids);
    }

    /**
     * Applies the rows. Their orders are locked first, before anything is read; {@code claim} (for deliveries stored
     * earlier) then takes them from any other process applying stored deliveries, or fails with {@code BUSY}.
     */
    void process(List<EventRow> rows, boolean claim) {
        List<EventRow> live = new ArrayList<EventRow>();
        Set<String> keys = new HashSet<String>();
        Set<String> orderNos = new HashSet<String>();
        Set<String> paidOrderNos = new HashSet<String>();
        Set<String> withDetail = new HashSet<String>();
        for (EventRow row : rows) {
            if (row.status == EventStatus.RECEIVED && row.event != null) {
                live.add(row);
                keys.add(row.eventKey);
                orderNos.add(row.event.getOrderNo());
                if (row.event.getType() == EventType.ORDER_PAID) {
                    paidOrderNos.add(row.event.getOrderNo());
                }
                if (row.event.getType() == EventType.REFUND || !channel.startsWhenPaid) {
                    withDetail.add(row.event.getOrderNo());
                }
            }
        }
        if (live.isEmpty()) {
            store.insertEvents(unstored(rows));
            return;
        }
        locks.lock(channel.code, orderNos);
        if (claim && store.claimStored(live, now) != live.size()) {
            throw new ChannelException("BUSY", "Another process is applying these deliveries");
        }
        Map<String, Long> accepted = store.acceptedKeys(channel.code, keys);
        orders.putAll(store.loadOrders(channel.code, orderNos, withDetail));
        paidOrderNos.removeAll(orders.keySet());
        for (EventRow row : store.waitingEvents(channel.code, paidOrderNos)) {
            row.event = EventJson.parse(row.payload).getEvent();
            if (row.event != null) {
                waitingList(row.orderNo).add(row);
            }
        }
        prefetch(live);
        Map<String, Long> seen = new HashMap<String, Long>();
        for (EventRow row : live) {
            Long earlier = accepted.containsKey(row.eventKey) ? accepted.get(row.eventKey) : seen.get(row.eventKey);
            if (earlier != null) {
                row.status = EventStatus.DUPLICATE;
                row.duplicateOf = earlier;
                row.message = "duplicate of event " + earlier;
            } else {
                apply(row);
                if (row.status != EventStatus.REJECTED) {
                    row.dedupeKey = row.eventKey;
                    seen.put(row.eventKey, row.id);
                }
            }
            row.processedAt = now;
            row.dirty = true;
            touched.add(row);
        }
        // Deliveries of this call are inserted with their outcome; stored ones (waiting, or applied one by one after
        // a conflict) are updated.
        store.insertEvents(unstored(rows));
        store.insertIdentities(identities);
        store.flush(orders.values(), now);
        List<EventRow> stored = new ArrayList<EventRow>();
        for (EventRow row : touched) {
            if (row.stored) {
                stored.add(row);
            }
        }
        store.updateEvents(stored, now);
    }

    private static List<EventRow> unstored(List<EventRow> rows) {
        List<EventRow> unstored = new ArrayList<EventRow>();
        for (EventRow row : rows) {
            if (!row.stored) {
                unstored.add(row);
            }
        }
        return unstored;
    }

    private void prefetch(List<EventRow> live) {
        Set<String> memberNos = new HashSet<String>();
        Set<String> phones = new HashSet<String>();
        Set<String> buyers = new HashSet<String>();
        Set<Long> customers = new HashSet<Long>();
        Set<String> sharers = new HashSet<String>();
        for (EventRow row : live) {
            ChannelEvent e = row.event;
            if (e.getType() != EventType.ORDER_PAID) {
                continue;
            }
            add(memberNos, e.getMemberNo());
            add(phones, PhoneNumbers.hash(phoneSalt, e.getPhone()));
            add(buyers, e.getBuyerId());
            add(sharers, e.getShareCode() == null ? null : settings.shareCodes.verify(e.getShareCode()));
            Long member = Lookups.parseMemberNo(e.getMemberNo());
            if (member != null) {
                customers.add(member);
            }
        }
        lookups.prefetchIdentities(channel.code, memberNos, phones, buyers);
        for (String hash : phones) {
            add(customers, lookups.customerByPhoneHash(hash));
        }
        for (String buyer : buyers) {
            add(customers, lookups.customerByBuyerId(buyer));
        }
        lookups.prefetchBindings(customers);
        lookups.prefetchGuidesByCode(sharers);
    }

    private void apply(EventRow row) {
        ChannelEvent e = row.event;
        if (e.getType() == EventType.ORDER_PAID) {
            if (orders.containsKey(e.getOrderNo())) {
                row.reject(Collections.singletonList(new FieldError("orderNo",
                        "order " + e.getOrderNo() + " was already received under another event")));
                return;
            }
            OrderState order = createOrder(row);
            row.status = EventStatus.APPLIED;
            applyWaiting(order);
            return;
        }
        OrderState order = orders.get(e.getOrderNo());
        if (order == null) {
            row.status = EventStatus.WAITING;
            row.message = "waiting for order " + e.getOrderNo();
            waitingList(e.getOrderNo()).add(row);
            return;
        }
        applyToOrder(row, order);
    }

    private OrderState createOrder(EventRow row) {
        ChannelEvent e = row.event;
        OrderState order = new OrderState();
        order.id = ids.next(ORDER_SEQUENCE);
        order.isNew = true;
        order.channelCode = channel.code;
        order.orderNo = e.getOrderNo();
        order.currency = e.getCurrency();
        order.memberNo = e.getMemberNo();
        order.phoneHash = PhoneNumbers.hash(phoneSalt, e.getPhone());
        order.buyerId = e.getBuyerId();
        order.storeCode = e.getStoreCode();
        order.shareCode = e.getShareCode();
        order.sharedAt = e.getSharedAt();
        order.paidAt = e.getOccurredAt();
        order.createdAt = now;
        for (EventLine l : e.getLines()) {
            LineState line = new LineState();
            line.id = ids.next(LINE_SEQUENCE);
            line.isNew = true;
            line.lineNo = l.getLineNo();
            line.sku = l.getSku();
            line.name = l.getName();
            line.productId = l.getProductId();
            line.categoryId = l.getCategoryId();
            line.quantity = l.getQuantity();
            line.paidAmount = l.getAmount();
            order.paidAmount = order.paidAmount.add(l.getAmount());
            order.lines.put(line.lineNo, line);
        }
        orders.put(order.orderNo, order);
        attributor.identify(order);
        if (order.isMatched()) {
            learnIdentities(order);
            attributor.attribute(order, now);
            if (channel.earnsCommission(order)) {
                row.entriesWritten += writer.commission(order, channel, row.id, now);
            }
        }
        return order;
    }

    /** An order matched by member number (or customer) teaches us the buyer's phone and platform id. */
    void learnIdentities(OrderState order) {
        String learntFrom = "order " + order.channelCode + "/" + order.orderNo;
        if (order.phoneHash != null && !lookups.knowsPhone(order.phoneHash)) {
            identities.add(new Object[] {ids.next(IDENTITY_SEQUENCE), "PHONE", "*", order.phoneHash, order.customerId,
                learntFrom, new java.sql.Timestamp(now.getTime())});
        }
        if (order.buyerId != null && !lookups.knowsBuyer(order.buyerId)) {
            identities.add(new Object[] {ids.next(IDENTITY_SEQUENCE), "BUYER_ID", channel.code, order.buyerId,
                order.customerId, learntFrom, new java.sql.Timestamp(now.getTime())});
        }
        lookups.learn(order.phoneHash, order.buyerId, order.customerId);
    }

    private void applyWaiting(OrderState order) {
        List<EventRow> rows = waiting.remove(order.orderNo);
        if (rows == null) {
            return;
        }
        Collections.sort(rows, new Comparator<EventRow>() {
            @Override
            public int compare(EventRow a, EventRow b) {
                int byTime = a.event.getOccurredAt().compareTo(b.event.getOccurredAt());
                return byTime != 0 ? byTime : a.id.compareTo(b.id);
            }
        });
        for (EventRow row : rows) {
            applyToOrder(row, order);
            row.processedAt = now;
            row.dirty = true;
            if (!touched.contains(row)) {
                touched.add(row);
            }
        }
    }

    private void applyToOrder(EventRow row, OrderState order) {
        if (row.event.getType() == EventType.ORDER_COMPLETED) {
            order.completedAt = row.event.getOccurredAt();
            order.dirty = true;
            // Channels paying from payment wrote their commission then (or when the buyer was identified).
            if (!channel.startsWhenPaid && channel.earnsCommission(order) && !order.hasCommissions()) {
                row.entriesWritten += writer.commission(order, channel, row.id, now);
            } else {
                writer.freeze(order, channel, now);
            }
            row.status = EventStatus.APPLIED;
            row.message = null;
            return;
        }
        List<FieldError> errors = checkRefund(row.event, order);
        if (!errors.isEmpty()) {
            row.reject(errors);
            return;
        }
        for (EventLine refund : row.event.getLines()) {
            LineState line = order.lines.get(refund.getLineNo());
            BigDecimal before = line.refundedAmount;
            line.refundedAmount = before.add(refund.getAmount());
            line.dirty = true;
            order.refundedAmount = order.refundedAmount.add(refund.getAmount());
            order.dirty = true;
            row.entriesWritten += writer.reverse(order, line, before, refund.getAmount(), row.id, now);
        }
        row.status = EventStatus.APPLIED;
        row.message = null;
    }

    private static List<FieldError> checkRefund(ChannelEvent refund, OrderState order) {
        List<FieldError> errors = new ArrayList<FieldError>();
        for (int i = 0; i < refund.getLines().size(); i++) {
            EventLine l = refund.getLines().get(i);
            LineState line = order.lines.get(l.getLineNo());
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "].lineNo",
                        "order " + order.orderNo + " has no line " + l.getLineNo()));
                continue;
            }
            BigDecimal left = line.paidAmount.subtract(line.refundedAmount);
            if (l.getAmount().compareTo(left) > 0) {
                errors.add(new FieldError("lines[" + i + "].amount", "is more than the " + left.toPlainString()
                        + " left to refund on line " + l.getLineNo()));
            }
        }
        return errors;
    }

    /** Attributes orders HQ has just matched to a member: the same steps an order takes when it arrives matched. */
    int attributeMatched(Collection<OrderState> matched) {
        List<Long> customers = new ArrayList<Long>();
        for (OrderState order : matched) {
            customers.add(order.customerId);
        }
        lookups.prefetchBindings(customers);
        int written = 0;
        for (OrderState order : matched) {
            orders.put(order.orderNo + "@" + order.channelCode, order);
            attributor.attribute(order, now);
            if (channel.earnsCommission(order) && !order.hasCommissions()) {
                written += writer.commission(order, channel, null, now);
            }
        }
        store.insertIdentities(identities);
        store.flush(matched, now);
        return written;
    }

    Attributor attributor() {
        return attributor;
    }

    private List<EventRow> waitingList(String orderNo) {
        List<EventRow> list = waiting.get(orderNo);
        if (list == null) {
            list = new ArrayList<EventRow>();
            waiting.put(orderNo, list);
        }
        return list;
    }

    private static <T> void add(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
    }
}
