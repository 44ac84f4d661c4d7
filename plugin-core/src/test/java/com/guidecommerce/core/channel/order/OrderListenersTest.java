package com.guidecommerce.core.channel.order;

import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A host that wires listeners by hand replaces them at any time; they are heard in their {@code Ordered} order. */
class OrderListenersTest {

    @Test
    void shouldHearTheListenersSetLastInTheirOrder() {
        OrderListener ledger = listener(1000);
        OrderListener figures = listener(2000);
        OrderListeners listeners = new OrderListeners(Collections.singletonList(ledger));

        listeners.setListeners(Arrays.asList(figures, ledger));

        assertEquals(Arrays.asList(ledger, figures), listeners.getListeners());
    }

    @Test
    void shouldHearNoListenerOnceAnEmptyListIsSet() {
        OrderListeners listeners = new OrderListeners(Collections.singletonList(listener(1000)));

        listeners.setListeners(Collections.<OrderListener>emptyList());

        assertEquals(Collections.emptyList(), listeners.getListeners());
    }

    private static OrderListener listener(int order) {
        return new Listener(order);
    }

    private static final class Listener implements OrderListener, Ordered {

        private final int order;

        Listener(int order) {
            this.order = order;
        }

        @Override
        public void onOrders(OrderFacts facts) {
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
