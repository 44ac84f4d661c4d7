package com.guidecommerce.bench;

import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.channel.order.OrderListeners;
import com.guidecommerce.core.commission.ledger.CommissionListener;
import com.guidecommerce.core.commission.ledger.LedgerEntryListener;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the performance boards' figures off and on again for ingest: off, the order listeners are set without
 * {@code gcOrderFiguresListener} and the commission ledger's entry listeners without {@code gcLedgerFiguresListener};
 * on, both lists are as the context wired them. Switch only while no batch is being ingested.
 */
final class FiguresSwitch {

    private final OrderListeners orderListeners;
    private final CommissionListener ledger;
    private final List<OrderListener> wiredOrderListeners;
    private final List<LedgerEntryListener> wiredEntryListeners;
    private final List<OrderListener> orderListenersWithoutFigures;
    private final List<LedgerEntryListener> entryListenersWithoutFigures;

    FiguresSwitch(ApplicationContext context) {
        orderListeners = context.getBean("gcOrderListeners", OrderListeners.class);
        ledger = context.getBean("gcCommissionListener", CommissionListener.class);
        wiredOrderListeners = orderListeners.getListeners();
        wiredEntryListeners = ledger.getEntryListeners();
        orderListenersWithoutFigures = without(wiredOrderListeners, context.getBean("gcOrderFiguresListener"));
        entryListenersWithoutFigures = without(wiredEntryListeners, context.getBean("gcLedgerFiguresListener"));
    }

    void set(boolean on) {
        orderListeners.setListeners(on ? wiredOrderListeners : orderListenersWithoutFigures);
        ledger.setEntryListeners(on ? wiredEntryListeners : entryListenersWithoutFigures);
    }

    /** The list without {@code figures}, which must be in it: otherwise "off" would measure nothing. */
    private static <T> List<T> without(List<T> listeners, Object figures) {
        List<T> rest = new ArrayList<>(listeners);
        if (!rest.remove(figures)) {
            throw new IllegalStateException(figures.getClass().getSimpleName() + " is not among " + listeners);
        }
        return rest;
    }
}
