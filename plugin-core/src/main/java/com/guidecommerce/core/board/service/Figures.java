package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;

import java.io.Serializable;
import java.math.BigDecimal;

/** The summed daily figures of a scope over a range of days. Amounts have two decimals; counts are whole. */
public final class Figures implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, BigDecimal.ZERO,
            BigDecimal.ZERO);

    private final BigDecimal sales;
    private final BigDecimal refunds;
    private final long orders;
    private final long refundedOrders;
    private final long newMembers;
    private final long bindings;
    private final BigDecimal commissionCredited;
    private final BigDecimal commissionReversed;

    public Figures(BigDecimal sales, BigDecimal refunds, long orders, long refundedOrders, long newMembers,
                   long bindings, BigDecimal commissionCredited, BigDecimal commissionReversed) {
        this.sales = sales;
        this.refunds = refunds;
        this.orders = orders;
        this.refundedOrders = refundedOrders;
        this.newMembers = newMembers;
        this.bindings = bindings;
        this.commissionCredited = commissionCredited;
        this.commissionReversed = commissionReversed;
    }

    /** Paid line amounts of orders paid in the range. */
    public BigDecimal getSales() {
        return sales;
    }

    /** Refunded in the range. */
    public BigDecimal getRefunds() {
        return refunds;
    }

    /** Sales less refunds. */
    public BigDecimal getNetSales() {
        return sales.subtract(refunds);
    }

    public long getOrders() {
        return orders;
    }

    public long getRefundedOrders() {
        return refundedOrders;
    }

    /** Members bound for the first time in their life. */
    public long getNewMembers() {
        return newMembers;
    }

    /** Bindings of any source. */
    public long getBindings() {
        return bindings;
    }

    public BigDecimal getCommissionCredited() {
        return commissionCredited;
    }

    /** Reversals, as a positive amount. */
    public BigDecimal getCommissionReversed() {
        return commissionReversed;
    }

    /** Commission credited less reversed. */
    public BigDecimal getCommission() {
        return commissionCredited.subtract(commissionReversed);
    }

    /** The value a board ranks or charts by this metric. */
    public BigDecimal get(Metric metric) {
        switch (metric) {
            case NET_SALES:
                return getNetSales();
            case ORDERS:
                return BigDecimal.valueOf(orders);
            case NEW_MEMBERS:
                return BigDecimal.valueOf(newMembers);
            case BINDINGS:
                return BigDecimal.valueOf(bindings);
            default:
                return getCommission();
        }
    }

    @Override
    public String toString() {
        return "sales " + sales + ", refunds " + refunds + ", orders " + orders + ", refunded orders " + refundedOrders
                + ", new members " + newMembers + ", bindings " + bindings + ", commission " + commissionCredited
                + " - " + commissionReversed;
    }
}
