package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.IdentityType;
import com.guidecommerce.core.channel.order.ChannelTerms;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.service.ChannelException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HQ names the member behind an unmatched order: the buyer's phone and platform id are recorded as the member's, and
 * every unmatched order they name, in every channel, now belongs to the member; the order listeners hear of each as
 * identified. The orders are found first, then locked ({@link OrderLocks}) and read again in the transaction that
 * matches them, so a refund or completion arriving at the same moment is applied before or after, never in between.
 */
final class BuyerIdentification {

    private static final Log LOG = LogFactory.getLog(BuyerIdentification.class);

    private final IngestContext context;
    private final TransactionTemplate newTransaction;

    BuyerIdentification(IngestContext context, TransactionTemplate newTransaction) {
        this.context = context;
        this.newTransaction = newTransaction;
    }

    /**
     * @param matchedBy how the order itself was recognised ({@code ADMIN}, {@code PACKAGE_CARD})
     * @param creditNow whether a guide the member has now earns the orders paid while they had none
     */
    int identify(final Long orderId, final Long customerId, final String actor, final Map<String, Channel> channels,
                 final String matchedBy, final boolean creditNow) {
        OrderState order = unmatched(context.orders.loadOrdersById(Collections.singleton(orderId)), orderId);
        final List<Long> orderIds = new ArrayList<Long>(context.orders.unmatchedOrderIds(order.phoneHash,
                order.channelCode, order.buyerId));
        if (!orderIds.contains(orderId)) {
            orderIds.add(orderId);
        }
        final Map<String, List<String>> orderNos = new TreeMap<String, List<String>>();
        for (OrderState found : context.orders.loadOrdersById(orderIds)) {
            group(orderNos, found.channelCode).add(found.orderNo);
        }
        return newTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                context.locks.lock(orderNos);
                return match(orderId, orderIds, customerId, actor, channels, matchedBy, creditNow);
            }
        });
    }

    private int match(Long orderId, List<Long> orderIds, Long customerId, String actor, Map<String, Channel> channels,
                      String matchedBy, boolean creditNow) {
        List<OrderState> current = context.orders.loadOrdersById(orderIds);
        OrderState order = unmatched(current, orderId);
        Integer customers = context.orders.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER"
                + " WHERE CUSTOMER_ID = ?", Integer.class, customerId);
        if (customers == null || customers == 0) {
            throw new ChannelException("MEMBER_NOT_FOUND", "There is no member " + customerId);
        }
        Date now = SystemTime.asDate();
        recordIdentity("PHONE", "*", order.phoneHash, customerId, actor, now);
        recordIdentity("BUYER_ID", order.channelCode, order.buyerId, customerId, actor, now);
        Map<String, List<OrderState>> byChannel = new TreeMap<String, List<OrderState>>();
        for (OrderState matched : current) {
            if (!matched.isMatched() && channels.containsKey(matched.channelCode)) {
                group(byChannel, matched.channelCode).add(matched);
            }
        }
        int identified = 0;
        for (Map.Entry<String, List<OrderState>> group : byChannel.entrySet()) {
            List<OrderEvent> facts = new ArrayList<OrderEvent>();
            for (OrderState matched : group.getValue()) {
                IdentityLookups.matched(matched, customerId, matched.id.equals(orderId) ? matchedBy
                        : matched.buyerId != null && matched.buyerId.equals(order.buyerId)
                        ? IdentityType.BUYER_ID.name() : IdentityType.PHONE.name());
                facts.add(creditNow ? OrderEvent.identified(matched.view(true), now)
                        : OrderEvent.identified(matched.view(true)));
            }
            context.orders.flush(group.getValue());
            context.listeners.dispatch(context.facts(new ChannelTerms(channels.get(group.getKey())), now, facts));
            identified += group.getValue().size();
        }
        LOG.info(actor + " identified the buyer of order " + order.channelCode + "/" + order.orderNo + " as member "
                + customerId + "; " + identified + " orders attributed");
        return identified;
    }

    private static OrderState unmatched(List<OrderState> orders, Long orderId) {
        for (OrderState order : orders) {
            if (order.id.equals(orderId)) {
                if (order.isMatched()) {
                    throw new ChannelException("ORDER_ALREADY_MATCHED", "Order " + order.channelCode + "/"
                            + order.orderNo + " already belongs to member " + order.customerId);
                }
                return order;
            }
        }
        throw new ChannelException("ORDER_NOT_FOUND", "There is no channel order " + orderId);
    }

    private static <T> List<T> group(Map<String, List<T>> groups, String channelCode) {
        List<T> group = groups.get(channelCode);
        if (group == null) {
            group = new ArrayList<T>();
            groups.put(channelCode, group);
        }
        return group;
    }

    private void recordIdentity(String type, String channelCode, String value, Long customerId, String actor,
                                Date now) {
        if (value == null) {
            return;
        }
        Long owner = context.orders.identityOwner(type, channelCode, value);
        if (owner == null) {
            context.orders.insertIdentity(context.ids.next(IngestBatch.IDENTITY_SEQUENCE), type, channelCode, value,
                    customerId, actor, now);
        } else if (!owner.equals(customerId)) {
            throw new ChannelException("IDENTITY_TAKEN", "This buyer's " + (type.equals("PHONE") ? "phone" : "buyer id")
                    + " already belongs to member " + owner);
        }
    }
}
