package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.channel.order.OrderView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ledger knows of one channel order within a batch: the order as last reported, its attribution, and its
 * entries (those read from the ledger and those this batch appends), the commissions grouped by line for reversals.
 */
final class LedgerOrder {

    OrderView order;
    AttributionRow attribution;
    /** Whether the ledger's stored entries of the order were read (or the order is new in this batch). */
    boolean entriesKnown;

    final List<LedgerRow> entries = new ArrayList<LedgerRow>();
    private final Map<Long, List<LedgerRow>> commissions = new HashMap<Long, List<LedgerRow>>();

    LedgerOrder(OrderView order) {
        this.order = order;
    }

    void add(LedgerRow entry) {
        entries.add(entry);
        if (entry.isCommission()) {
            commissionsOf(entry.lineId).add(entry);
        }
    }

    /** The line's COMMISSION entries (not reversals): what a refund reverses part of. */
    List<LedgerRow> commissionsOf(Long lineId) {
        List<LedgerRow> list = commissions.get(lineId);
        if (list == null) {
            list = new ArrayList<LedgerRow>();
            commissions.put(lineId, list);
        }
        return list;
    }

    boolean hasCommissions() {
        if (!entriesKnown) {
            throw new IllegalStateException("Order " + order.getOrderNo() + " was not read with its ledger entries");
        }
        for (LedgerRow entry : entries) {
            if (entry.isCommission()) {
                return true;
            }
        }
        return false;
    }
}
