package com.guidecommerce.core.board.service;

import com.guidecommerce.core.common.Note;

import java.io.Serializable;

/**
 * What one rebuild of the rank snapshots did: periods built (of which frozen for good), their rows, the rows that
 * changed and were written, and the time taken.
 */
public final class RankBuildSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int periodsBuilt;
    private final int periodsFrozen;
    private final int rows;
    private final int written;
    private final long millis;

    public RankBuildSummary(int periodsBuilt, int periodsFrozen, int rows, int written, long millis) {
        this.periodsBuilt = periodsBuilt;
        this.periodsFrozen = periodsFrozen;
        this.rows = rows;
        this.written = written;
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

    /** Rows that differed from the stored snapshot and were written again. */
    public int getWritten() {
        return written;
    }

    public long getMillis() {
        return millis;
    }

    /** What the job's run record keeps. */
    public String note() {
        return Note.of("job.rankPeriodsBuilt", periodsBuilt, periodsFrozen, rows, written).format();
    }

    @Override
    public String toString() {
        return periodsBuilt + " periods built (" + periodsFrozen + " frozen), " + rows + " rows (" + written + " written) in " + millis
                + " ms";
    }
}
