package com.guidecommerce.core.tier.rule;

import java.io.Serializable;
import java.math.BigDecimal;

/** A tier as the evaluation rules see it: its code, rank and the thresholds that earn it (0 = not required). */
public final class TierLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int rank;
    private final BigDecimal minSales;
    private final long minOrders;
    private final long minNewMembers;

    public TierLevel(String code, int rank, BigDecimal minSales, long minOrders, long minNewMembers) {
        this.code = code;
        this.rank = rank;
        this.minSales = minSales == null ? BigDecimal.ZERO : minSales;
        this.minOrders = minOrders;
        this.minNewMembers = minNewMembers;
    }

    /** Whether the figures meet every threshold this tier sets. */
    public boolean isEarnedBy(PeriodFigures figures) {
        return (minSales.signum() <= 0 || figures.getSales().compareTo(minSales) >= 0)
                && (minOrders <= 0 || figures.getOrders() >= minOrders)
                && (minNewMembers <= 0 || figures.getNewMembers() >= minNewMembers);
    }

    public String getCode() {
        return code;
    }

    public int getRank() {
        return rank;
    }

    public BigDecimal getMinSales() {
        return minSales;
    }

    public long getMinOrders() {
        return minOrders;
    }

    public long getMinNewMembers() {
        return minNewMembers;
    }

    @Override
    public String toString() {
        return code + "#" + rank;
    }
}
