package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.domain.PeriodState;
import com.guidecommerce.core.board.rule.RankPeriodKey;

import java.util.Date;

/** A GC_RANK_PERIOD row: the period, its state, its last build and how many rows that build wrote. */
public final class RankPeriodRow {

    private final RankPeriodKey period;
    private final PeriodState state;
    private final Date builtAt;
    private final int rowCount;

    public RankPeriodRow(RankPeriodKey period, PeriodState state, Date builtAt, int rowCount) {
        this.period = period;
        this.state = state;
        this.builtAt = builtAt;
        this.rowCount = rowCount;
    }

    public RankPeriodKey getPeriod() {
        return period;
    }

    public PeriodState getState() {
        return state;
    }

    public Date getBuiltAt() {
        return builtAt;
    }

    public int getRowCount() {
        return rowCount;
    }
}
