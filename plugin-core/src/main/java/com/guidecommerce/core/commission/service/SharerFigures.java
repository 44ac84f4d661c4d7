package com.guidecommerce.core.commission.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What one sharer sold through their share links over a range of payment times, as the ledger's sharer entries show
 * it: the paid line amounts their commission was computed on, less the refunded amounts reversed since, and the
 * orders that still have some of it.
 */
public final class SharerFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final SharerFigures ZERO = new SharerFigures(BigDecimal.ZERO, 0);

    private final BigDecimal netSales;
    private final long orders;

    public SharerFigures(BigDecimal netSales, long orders) {
        this.netSales = netSales;
        this.orders = orders;
    }

    /** Commissioned line amounts less their refunded parts, two decimals. */
    public BigDecimal getNetSales() {
        return netSales;
    }

    /** Orders with some commissioned amount left after refunds. */
    public long getOrders() {
        return orders;
    }
}
