package com.guidecommerce.core.tier.rule;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a guide or distributor achieved in a period: refund-adjusted sales, orders and new members. */
public final class PeriodFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final PeriodFigures ZERO = new PeriodFigures(BigDecimal.ZERO, 0, 0);

    private final BigDecimal sales;
    private final long orders;
    private final long newMembers;

    public PeriodFigures(BigDecimal sales, long orders, long newMembers) {
        this.sales = sales == null ? BigDecimal.ZERO : sales;
        this.orders = orders;
        this.newMembers = newMembers;
    }

    public BigDecimal getSales() {
        return sales;
    }

    public long getOrders() {
        return orders;
    }

    public long getNewMembers() {
        return newMembers;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PeriodFigures)) {
            return false;
        }
        PeriodFigures that = (PeriodFigures) other;
        return sales.compareTo(that.sales) == 0 && orders == that.orders && newMembers == that.newMembers;
    }

    @Override
    public int hashCode() {
        return sales.stripTrailingZeros().hashCode() * 31 + (int) (orders * 17 + newMembers);
    }

    @Override
    public String toString() {
        return "sales " + sales + ", orders " + orders + ", new members " + newMembers;
    }
}
