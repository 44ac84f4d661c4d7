package com.guidecommerce.core.channel.order;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One batch's facts for the listeners: the channel, the moment, and the order events in the order they happened. */
public final class OrderFacts {

    /** Reads orders with their lines as they stand now, in the batch's transaction. */
    public interface OrderReader {

        Map<Long, OrderView> readOrders(Collection<Long> orderIds);
    }

    private final ChannelTerms channel;
    private final Date now;
    private final List<OrderEvent> events;
    private final OrderReader reader;
    private final Map<Long, Integer> written = new HashMap<Long, Integer>();

    public OrderFacts(ChannelTerms channel, Date now, List<OrderEvent> events, OrderReader reader) {
        this.channel = channel;
        this.now = now;
        this.events = Collections.unmodifiableList(events);
        this.reader = reader;
    }

    public ChannelTerms getChannel() {
        return channel;
    }

    /** The batch's time: when it was applied. */
    public Date getNow() {
        return now;
    }

    public List<OrderEvent> getEvents() {
        return events;
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /**
     * Orders with their lines as they stand now, after the whole batch, by id, in one read: for a listener that needs
     * the lines of completed orders (completions are reported without them, unless the channel's commission starts at
     * completion).
     */
    public Map<Long, OrderView> readOrders(Collection<Long> orderIds) {
        return orderIds.isEmpty() ? Collections.<Long, OrderView>emptyMap() : reader.readOrders(orderIds);
    }

    /**
     * Tells the delivery's sender how many ledger entries (or other records) a listener wrote for it: the channel API
     * answers the sum as {@code entries}.
     */
    public void countWritten(Long eventId, int records) {
        if (eventId != null && records > 0) {
            Integer before = written.get(eventId);
            written.put(eventId, (before == null ? 0 : before) + records);
        }
    }

    /** What listeners wrote for a delivery, added up. */
    public int writtenFor(Long eventId) {
        Integer count = written.get(eventId);
        return count == null ? 0 : count;
    }
}
