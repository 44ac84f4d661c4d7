package com.guidecommerce.core.channel.order;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.OrderComparator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every {@link OrderListener} bean of the application context, in order; the ingest pipeline hands each batch's facts
 * to them. Bean {@code gcOrderListeners}.
 */
public class OrderListeners implements ApplicationContextAware {

    private ApplicationContext context;
    private volatile List<OrderListener> listeners;

    public OrderListeners() {
    }

    /** A fixed list, for tests and for hosts that wire listeners by hand. */
    public OrderListeners(List<OrderListener> listeners) {
        this.listeners = sorted(listeners);
    }

    /**
     * Replaces the listeners with a fixed list, for tests and for hosts that wire listeners by hand; the context's
     * beans are no longer looked up. Batches dispatched after the call hear the new list.
     */
    public void setListeners(List<OrderListener> listeners) {
        this.listeners = sorted(listeners);
    }

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        this.context = context;
    }

    public void dispatch(OrderFacts facts) {
        if (facts.isEmpty()) {
            return;
        }
        for (OrderListener listener : getListeners()) {
            listener.onOrders(facts);
        }
    }

    /** Found on first use, not at startup, so a listener may itself use the ingest services. */
    public List<OrderListener> getListeners() {
        List<OrderListener> found = listeners;
        if (found == null) {
            found = context == null ? Collections.<OrderListener>emptyList()
                    : sorted(new ArrayList<OrderListener>(context.getBeansOfType(OrderListener.class).values()));
            listeners = found;
        }
        return found;
    }

    private static List<OrderListener> sorted(List<OrderListener> listeners) {
        List<OrderListener> sorted = new ArrayList<OrderListener>(listeners);
        OrderComparator.sort(sorted);
        return Collections.unmodifiableList(sorted);
    }
}
