package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.domain.PeriodState;
import com.guidecommerce.core.board.rule.RankPeriodKey;

import java.util.Date;

/**
 * A GC_RANK_PERIOD row: the period, its state, its last build, how many builds there were and how many rows the last
 * one wrote.
 */
public final class RankPeriodRow {

    private final RankPeriodKey period;
    private final PeriodState state;
    private final Date builtAt;
    private final long buildNo;
    private final int rowCount;

    public RankPeriodRow(RankPeriodKey period, PeriodState state, Date builtAt, long buildNo, int rowCount) {
        this.period = period;
        this.state = state;
        this.builtAt = builtAt;
        this.buildNo = buildNo;
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

    /** How many times the period was built, this build included: 1 for the first. */
    public long getBuildNo() {
        return buildNo;
    }

    public int getRowCount() {
        return rowCount;
    }
}
