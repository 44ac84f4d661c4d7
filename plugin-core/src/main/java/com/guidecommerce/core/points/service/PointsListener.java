package com.guidecommerce.core.points.service;

import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.memberday.service.PointsMultipliers;
import com.guidecommerce.core.points.dao.PointsStore;
import com.guidecommerce.core.points.rule.PointsExpiry;
import com.guidecommerce.core.points.rule.PointsTerms;
import org.springframework.core.Ordered;

/**
 * The points ledger's reaction to channel orders, in every channel: a matched order's lines earn pending points when
 * it is paid (or when its buyer is identified later), multiplied as {@code gcPointsMultipliers} says; completion sets
 * when they become available (the return window's end); a refund takes back the refunded share of each line's
 * earning. Bean {@code gcPointsListener}; writes GC_POINTS_ENTRY and GC_POINTS_ACCOUNT only.
 */
public class PointsListener implements OrderListener, Ordered {

    public static final int ORDER = 3100;

    private final PointsStore store;
    private final IdBlocks ids;
    private final PointsTerms terms;
    private final PointsExpiry expiry;
    private final PointsMultipliers multipliers;

    public PointsListener(PointsStore store, IdBlocks ids, PointsTerms terms, PointsExpiry expiry,
                          PointsMultipliers multipliers) {
        this.store = store;
        this.ids = ids;
        this.terms = terms;
        this.expiry = expiry;
        this.multipliers = multipliers;
    }

    @Override
    public void onOrders(OrderFacts facts) {
        new PointsBatch(store, ids, terms, expiry, multipliers).apply(facts);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
