package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.membertag.dao.MemberTagStore;
import com.guidecommerce.core.membertag.dao.TagChange;
import com.guidecommerce.core.membertag.dao.TaggedOrder;
import org.springframework.core.Ordered;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Member tags from the order stream, in every channel: a matched order is counted for its member once, when paid (or
 * when its buyer is identified later, with what was refunded by then); a refund adds to its order's refunded amount;
 * a completion changes nothing. The members the batch touched are locked in ascending id order, their facts summed
 * again from their counted orders and their tags recomputed, so two batches of one member at once add up. Bean
 * {@code gcMemberTagListener}; writes only the member tag tables.
 */
public class MemberTagListener implements OrderListener, Ordered {

    public static final int ORDER = 3300;

    private final MemberTagStore store;
    private final MemberTagger tagger;
    private final MemberDayOrders memberDays;

    public MemberTagListener(MemberTagStore store, MemberTagger tagger, MemberDayOrders memberDays) {
        this.store = store;
        this.tagger = tagger;
        this.memberDays = memberDays;
    }

    @Override
    public void onOrders(OrderFacts facts) {
        Set<Long> members = new TreeSet<Long>();
        Set<Long> orderIds = new HashSet<Long>();
        for (OrderEvent event : facts.getEvents()) {
            if (counts(event)) {
                members.add(event.getOrder().getCustomerId());
                orderIds.add(event.getOrder().getId());
            }
        }
        if (members.isEmpty()) {
            return;
        }
        store.lockMembers(members);
        tagger.noteRegistrations(members);
        Map<Long, TaggedOrder> stored = store.readOrders(orderIds);
        Map<Long, TaggedOrder> inserted = new LinkedHashMap<Long, TaggedOrder>();
        Map<Long, TaggedOrder> refunded = new LinkedHashMap<Long, TaggedOrder>();
        MemberDayOrders.Judge judge = memberDays.forBatch();
        for (OrderEvent event : facts.getEvents()) {
            if (!counts(event)) {
                continue;
            }
            OrderView order = event.getOrder();
            TaggedOrder known = stored.containsKey(order.getId()) ? stored.get(order.getId())
                    : inserted.get(order.getId());
            if (event.getType() == OrderEvent.Type.REFUNDED) {
                if (known != null) {
                    known.refund(refundedBy(event));
                    if (stored.containsKey(order.getId())) {
                        refunded.put(order.getId(), known);
                    }
                }
            } else if (known == null) {
                inserted.put(order.getId(), new TaggedOrder(order.getId(), order.getCustomerId(),
                        order.getChannelCode(), order.getPaidAt(), paid(order), refunded(order),
                        judge.paidOnMemberDay(order.getChannelCode(), order.getStoreCode(), order.getPaidAt())));
            }
        }
        store.writeOrders(inserted.values(), refunded.values());
        store.refreshFacts(members, facts.getNow());
        tagger.retag(members, TagChange.Cause.ORDERS, facts.getNow());
    }

    private static boolean counts(OrderEvent event) {
        OrderView order = event.getOrder();
        return order.isMatched() && order.getPaidAt() != null && event.getType() != OrderEvent.Type.COMPLETED;
    }

    private static BigDecimal paid(OrderView order) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineView line : order.getLines()) {
            sum = sum.add(line.getPaidAmount());
        }
        return sum;
    }

    private static BigDecimal refunded(OrderView order) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineView line : order.getLines()) {
            sum = sum.add(line.getRefundedAmount() == null ? BigDecimal.ZERO : line.getRefundedAmount());
        }
        return sum;
    }

    private static BigDecimal refundedBy(OrderEvent event) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderEvent.Refund refund : event.getRefunds()) {
            sum = sum.add(refund.getAmount());
        }
        return sum;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
