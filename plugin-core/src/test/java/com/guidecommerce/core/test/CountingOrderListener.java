package com.guidecommerce.core.test;

import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListener;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An order listener as a host would write one: it keeps, per channel, the facts it heard — but only once their
 * transaction committed, since a batch that rolls back (and is applied again in parts) tells its facts again.
 * A fact reads {@code TYPE orderNo member=… lines=…}.
 */
public class CountingOrderListener implements OrderListener {

    private final Map<String, List<String>> committed = new ConcurrentHashMap<String, List<String>>();

    @Override
    public void onOrders(final OrderFacts facts) {
        final List<String> heard = new ArrayList<String>();
        for (OrderEvent event : facts.getEvents()) {
            heard.add(event.getType() + " " + event.getOrder().getOrderNo() + " member="
                    + event.getOrder().getCustomerId() + " lines=" + event.getOrder().getLines().size());
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                String channel = facts.getChannel().getCode();
                committed.putIfAbsent(channel, Collections.synchronizedList(new ArrayList<String>()));
                committed.get(channel).addAll(heard);
            }
        });
    }

    /** The committed facts of a channel, in the order they were heard. */
    public List<String> factsOf(String channelCode) {
        List<String> facts = committed.get(channelCode);
        return facts == null ? Collections.<String>emptyList() : new ArrayList<String>(facts);
    }
}
