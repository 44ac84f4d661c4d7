package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventJson;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.event.PhoneNumbers;
import com.guidecommerce.core.channel.order.ChannelTerms;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.common.Note;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Applies one batch of a channel's deliveries, in delivery order, inside the caller's transaction: duplicates are
 * recognised by their natural key (against earlier batches and within this one), orders are created and their buyer
 * identified, completions and refunds change them, and completions or refunds of orders not seen yet wait for them.
 * The batch's orders are locked before anything is read ({@link OrderLocks}); all reads happen up front in bulk and
 * all writes at the end in JDBC batches. What happened to the orders then goes to the order listeners, in the same
 * transaction.
 */
final class IngestBatch {

    static final String ORDER_SEQUENCE = "GC_CHANNEL_ORDER";
    static final String LINE_SEQUENCE = "GC_CHANNEL_ORDER_LINE";
    static final String IDENTITY_SEQUENCE = "GC_MEMBER_IDENTITY";

    private final IngestContext context;
    private final ChannelTerms channel;
    private final Date now;
    private final IdentityLookups lookups;

    private final Map<String, OrderState> orders = new LinkedHashMap<String, OrderState>();
    private final Map<String, List<EventRow>> waiting = new HashMap<String, List<EventRow>>();
    private final List<EventRow> touched = new ArrayList<EventRow>();
    private final List<Object[]> identities = new ArrayList<Object[]>();
    private final List<OrderEvent> facts = new ArrayList<OrderEvent>();

    IngestBatch(IngestContext context, ChannelTerms channel, Date now) {
        this.context = context;
        this.channel = channel;
        this.now = now;
        this.lookups = new IdentityLookups(context.orders.jdbc());
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
                if (row.event.getType() == EventType.REFUND || !channel.startsWhenPaid()) {
                    withDetail.add(row.event.getOrderNo());
                }
            }
        }
        if (live.isEmpty()) {
            context.events.insertEvents(unstored(rows));
            return;
        }
        context.locks.lock(channel.getCode(), orderNos);
        if (claim && context.events.claimStored(live, now) != live.size()) {
            throw new ChannelException(Failures.BUSY, "Another process is applying these deliveries");
        }
        Map<String, Long> accepted = context.events.acceptedKeys(channel.getCode(), keys);
        orders.putAll(context.orders.loadOrders(channel.getCode(), orderNos, withDetail));
        paidOrderNos.removeAll(orders.keySet());
        for (EventRow row : context.events.waitingEvents(channel.getCode(), paidOrderNos)) {
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
                row.message = Note.of("event.duplicateOf", earlier).format();
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
        // Deliveries of this call are inserted with their outcome; stored ones (waiting, or applied again) are updated.
        context.events.insertEvents(unstored(rows));
        context.orders.insertIdentities(identities);
        context.orders.flush(orders.values());
        List<EventRow> stored = new ArrayList<EventRow>();
        for (EventRow row : touched) {
            if (row.stored) {
                stored.add(row);
            }
        }
        context.events.updateEvents(stored, now);
        tellListeners(touched);
    }

    /** Hands the batch's order events to the listeners and notes what they wrote for each delivery. */
    private void tellListeners(List<EventRow> rows) {
        OrderFacts orderFacts = context.facts(channel, now, facts);
        context.listeners.dispatch(orderFacts);
        for (EventRow row : rows) {
            row.entriesWritten = orderFacts.writtenFor(row.id);
        }
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
        for (EventRow row : live) {
            ChannelEvent e = row.event;
            if (e.getType() == EventType.ORDER_PAID) {
                add(memberNos, e.getMemberNo());
                add(phones, PhoneNumbers.hash(context.settings.getPhoneSalt(), e.getPhone()));
                add(buyers, e.getBuyerId());
            }
        }
        lookups.prefetchIdentities(channel.getCode(), memberNos, phones, buyers);
    }

    private void apply(EventRow row) {
        ChannelEvent e = row.event;
        if (e.getType() == EventType.ORDER_PAID) {
            if (orders.containsKey(e.getOrderNo())) {
                row.reject(Collections.singletonList(new FieldError("orderNo",
                        EventProblem.ORDER_RECEIVED.note(e.getOrderNo()))));
                return;
            }
            OrderState order = createOrder(row);
            row.status = EventStatus.APPLIED;
            facts.add(OrderEvent.paid(order.view(true), row.id));
            applyWaiting(order);
            return;
        }
        OrderState order = orders.get(e.getOrderNo());
        if (order == null) {
            row.status = EventStatus.WAITING;
            row.message = Note.of("event.waitingForOrder", e.getOrderNo()).format();
            waitingList(e.getOrderNo()).add(row);
            return;
        }
        applyToOrder(row, order);
    }

    private OrderState createOrder(EventRow row) {
        ChannelEvent e = row.event;
        OrderState order = new OrderState();
        order.id = context.ids.next(ORDER_SEQUENCE);
        order.isNew = true;
        order.channelCode = channel.getCode();
        order.orderNo = e.getOrderNo();
        order.currency = e.getCurrency();
        order.memberNo = e.getMemberNo();
        order.phoneHash = PhoneNumbers.hash(context.settings.getPhoneSalt(), e.getPhone());
        order.buyerId = e.getBuyerId();
        order.storeCode = e.getStoreCode();
        order.shareCode = e.getShareCode();
        order.sharedAt = e.getSharedAt();
        order.paidAt = e.getOccurredAt();
        order.createdAt = now;
        for (EventLine l : e.getLines()) {
            LineState line = new LineState();
            line.id = context.ids.next(LINE_SEQUENCE);
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
        lookups.identify(order);
        if (order.isMatched()) {
            learnIdentities(order);
        }
        return order;
    }

    /** An order matched by member number (or customer) teaches us the buyer's phone and platform id. */
    private void learnIdentities(OrderState order) {
        String learntFrom = Note.of("identity.learntFromOrder", order.channelCode, order.orderNo).format();
        if (order.phoneHash != null && !lookups.knowsPhone(order.phoneHash)) {
            identities.add(new Object[] {context.ids.next(IDENTITY_SEQUENCE), "PHONE", "*", order.phoneHash,
                order.customerId, learntFrom, new java.sql.Timestamp(now.getTime())});
        }
        if (order.buyerId != null && !lookups.knowsBuyer(order.buyerId)) {
            identities.add(new Object[] {context.ids.next(IDENTITY_SEQUENCE), "BUYER_ID", channel.getCode(),
                order.buyerId, order.customerId, learntFrom, new java.sql.Timestamp(now.getTime())});
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
            order.returnWindowEndsAt = channel.returnWindowEnd(order.completedAt);
            order.dirty = true;
            // Completions change no line; they carry the lines where commission starts at completion.
            facts.add(OrderEvent.completed(order.view(!channel.startsWhenPaid()), row.id));
            row.status = EventStatus.APPLIED;
            row.message = null;
            return;
        }
        List<FieldError> errors = RefundCheck.problems(row.event, order);
        if (!errors.isEmpty()) {
            row.reject(errors);
            return;
        }
        List<OrderEvent.Refund> refunds = new ArrayList<OrderEvent.Refund>();
        for (EventLine refund : row.event.getLines()) {
            LineState line = order.lines.get(refund.getLineNo());
            BigDecimal before = line.refundedAmount;
            line.refundedAmount = before.add(refund.getAmount());
            line.dirty = true;
            order.refundedAmount = order.refundedAmount.add(refund.getAmount());
            order.dirty = true;
            refunds.add(new OrderEvent.Refund(line.id, refund.getAmount(), before));
        }
        facts.add(OrderEvent.refunded(order.view(true), row.id, refunds, row.event.getOccurredAt()));
        row.status = EventStatus.APPLIED;
        row.message = null;
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
