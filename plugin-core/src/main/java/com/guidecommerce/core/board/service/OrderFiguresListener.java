package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.rule.FigureRules;
import com.guidecommerce.core.board.rule.FigureSheet;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListener;
import org.springframework.core.Ordered;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily figures' reaction to channel orders, after the commission ledger: adds the batch's sales, refunds and
 * identified orders up by guide-day and store-day in memory and writes each key once, with the ledger's entries of the
 * same batch. Bean {@code gcOrderFiguresListener}; writes only the figure tables.
 */
public class OrderFiguresListener implements OrderListener, Ordered {

    public static final int ORDER = 2000;

    private final FigureLookups lookups;
    private final TransactionFigures figures;

    public OrderFiguresListener(FigureLookups lookups, TransactionFigures figures) {
        this.lookups = lookups;
        this.figures = figures;
    }

    @Override
    public void onOrders(OrderFacts facts) {
        Map<Long, List<Date>> moments = new HashMap<Long, List<Date>>();
        for (OrderEvent event : facts.getEvents()) {
            if (event.getOrder().isMatched() && event.getType() != OrderEvent.Type.COMPLETED) {
                FigureLookups.addMoment(moments, event.getOrder().getCustomerId(), event.getOrder().getPaidAt());
            }
        }
        FigureSheet sheet = new FigureSheet();
        if (!moments.isEmpty()) {
            FigureRules.addOrders(facts.getEvents(), lookups.read(moments, Collections.<Long>emptySet(),
                    FigureRules.identifiedOrders(facts.getEvents())), sheet);
        }
        figures.add(sheet);
        figures.flush();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
