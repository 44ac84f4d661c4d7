package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.order.ChannelTerms;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListeners;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.common.IdBlocks;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every batch of the pipeline works with: the stores, the order locks, ids, settings and the listeners. */
final class IngestContext {

    final EventStore events;
    final OrderStore orders;
    final OrderLocks locks;
    final IdBlocks ids;
    final IngestSettings settings;
    final OrderListeners listeners;

    IngestContext(EventStore events, OrderStore orders, OrderLocks locks, IdBlocks ids, IngestSettings settings,
                  OrderListeners listeners) {
        this.events = events;
        this.orders = orders;
        this.locks = locks;
        this.ids = ids;
        this.settings = settings;
        this.listeners = listeners;
    }

    /** The facts of a batch, able to read its orders with their lines afterwards. */
    OrderFacts facts(ChannelTerms channel, Date now, List<OrderEvent> events) {
        return new OrderFacts(channel, now, events, new OrderFacts.OrderReader() {
            @Override
            public Map<Long, OrderView> readOrders(Collection<Long> orderIds) {
                Map<Long, OrderView> views = new LinkedHashMap<Long, OrderView>();
                for (OrderState order : orders.loadOrdersById(orderIds)) {
                    views.put(order.id, order.view(true));
                }
                return views;
            }
        });
    }
}
