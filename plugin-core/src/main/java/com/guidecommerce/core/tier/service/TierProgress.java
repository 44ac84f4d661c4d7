package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.rule.PeriodFigures;
import com.guidecommerce.core.tier.rule.TierPeriod;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where a guide or distributor stands on their ladder: their tier, the next one up (none at the top), the current
 * period's figures so far and what they still need of each threshold the next tier sets.
 */
public final class TierProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Tier current;
    private final Tier next;
    private final TierPeriod period;
    private final PeriodFigures figures;

    public TierProgress(Tier current, Tier next, TierPeriod period, PeriodFigures figures) {
        this.current = current;
        this.next = next;
        this.period = period;
        this.figures = figures;
    }

    public Tier getCurrent() {
        return current;
    }

    /** The next tier up, or null at the top of the ladder. */
    public Tier getNext() {
        return next;
    }

    public TierPeriod getPeriod() {
        return period;
    }

    public PeriodFigures getFigures() {
        return figures;
    }

    /** The sales still missing for the next tier this period (zero when met or not required). */
    public BigDecimal getSalesNeeded() {
        if (next == null || next.getMinSales() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal missing = next.getMinSales().subtract(figures.getSales());
        return missing.signum() > 0 ? missing : BigDecimal.ZERO;
    }

    public long getOrdersNeeded() {
        return next == null ? 0 : Math.max(0, next.getMinOrders() - figures.getOrders());
    }

    public long getNewMembersNeeded() {
        return next == null ? 0 : Math.max(0, next.getMinNewMembers() - figures.getNewMembers());
    }
}
