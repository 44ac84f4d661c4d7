package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.DayRange;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A scope's figures over a range and over the range it is compared with: by default the range of equal length just
 * before it, or one the caller chose (this month so far against last month up to the same day).
 */
public final class FiguresComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DayRange range;
    private final DayRange previousRange;
    private final Figures current;
    private final Figures previous;

    public FiguresComparison(DayRange range, Figures current, Figures previous) {
        this(range, range.previous(), current, previous);
    }

    public FiguresComparison(DayRange range, DayRange previousRange, Figures current, Figures previous) {
        this.range = range;
        this.previousRange = previousRange;
        this.current = current;
        this.previous = previous;
    }

    public DayRange getRange() {
        return range;
    }

    public DayRange getPreviousRange() {
        return previousRange;
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
