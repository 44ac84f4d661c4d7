package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.DayRange;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A scope's figures over a range and over the range of equal length just before it (period over period). */
public final class FiguresComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DayRange range;
    private final Figures current;
    private final Figures previous;

    public FiguresComparison(DayRange range, Figures current, Figures previous) {
        this.range = range;
        this.current = current;
        this.previous = previous;
    }

    public DayRange getRange() {
        return range;
    }

    public DayRange getPreviousRange() {
        return range.previous();
    }

    public Figures getCurrent() {
        return current;
    }

    public Figures getPrevious() {
        return previous;
    }

    /** Current less previous. */
    public BigDecimal change(Metric metric) {
        return current.get(metric).subtract(previous.get(metric));
    }

    /** The change in percent of the previous value, to one decimal (half up); null when the previous was zero. */
    public BigDecimal changePercent(Metric metric) {
        BigDecimal before = previous.get(metric);
        if (before.signum() == 0) {
            return null;
        }
        return change(metric).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP);
    }
}
