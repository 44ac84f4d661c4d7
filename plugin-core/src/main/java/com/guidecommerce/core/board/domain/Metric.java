package com.guidecommerce.core.board.domain;

/**
 * What boards rank and chart. Net sales are sales less refunds, commission is what was credited less what was
 * reversed; orders, new members and bindings (of any source) are counts. Bindings are charted, not ranked.
 */
public enum Metric {
    NET_SALES, ORDERS, NEW_MEMBERS, COMMISSION, BINDINGS;

    /** Whether the rank snapshots keep ranks by this metric. */
    public boolean isRanked() {
        return this != BINDINGS;
    }
}
