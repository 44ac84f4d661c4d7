package com.guidecommerce.core.board.service;

import com.guidecommerce.core.common.Note;

import java.io.Serializable;

/** What one rebuild of the rank snapshots did: periods built (of which frozen for good), rows written, time taken. */
public final class RankBuildSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int periodsBuilt;
    private final int periodsFrozen;
    private final int rows;
    private final long millis;

    public RankBuildSummary(int periodsBuilt, int periodsFrozen, int rows, long millis) {
        this.periodsBuilt = periodsBuilt;
        this.periodsFrozen = periodsFrozen;
        this.rows = rows;
        this.millis = millis;
    }

    public int getPeriodsBuilt() {
        return periodsBuilt;
    }

    public int getPeriodsFrozen() {
        return periodsFrozen;
    }

    public int getRows() {
        return rows;
    }

    public long getMillis() {
        return millis;
    }

    /** What the job's run record keeps. */
    public String note() {
        return Note.of("job.rankPeriodsBuilt", periodsBuilt, periodsFrozen, rows).format();
    }

    @Override
    public String toString() {
        return periodsBuilt + " periods built (" + periodsFrozen + " frozen), " + rows + " rows in " + millis + " ms";
    }
}
