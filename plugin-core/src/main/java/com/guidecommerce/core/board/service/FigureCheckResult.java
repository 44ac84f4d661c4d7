package com.guidecommerce.core.board.service;

import com.guidecommerce.core.common.Note;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;

/** What one nightly check of the figures did: the days it recomputed, the rows it found different and set right. */
public final class FigureCheckResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate first;
    private final LocalDate last;
    private final int rowsChecked;
    private final int rowsFixed;
    private final int driftRecords;
    private final int monthsRolledUp;

    public FigureCheckResult(LocalDate first, LocalDate last, int rowsChecked, int rowsFixed, int driftRecords,
                             int monthsRolledUp) {
        this.first = first;
        this.last = last;
        this.rowsChecked = rowsChecked;
        this.rowsFixed = rowsFixed;
        this.driftRecords = driftRecords;
        this.monthsRolledUp = monthsRolledUp;
    }

    public FigureCheckResult withMonthsRolledUp(int months) {
        return new FigureCheckResult(first, last, rowsChecked, rowsFixed, driftRecords, months);
    }

    public LocalDate getFirst() {
        return first;
    }

    public LocalDate getLast() {
        return last;
    }

    /** Guide-day and store-day rows compared. */
    public int getRowsChecked() {
        return rowsChecked;
    }

    /** Rows whose stored figures differed from the recomputed ones (each set right). */
    public int getRowsFixed() {
        return rowsFixed;
    }

    /** GC_FIG_DRIFT rows written: one per differing row and metric. */
    public int getDriftRecords() {
        return driftRecords;
    }

    public int getMonthsRolledUp() {
        return monthsRolledUp;
    }

    /** What the run record keeps, in its reader's language. */
    public String notes() {
        return Note.join(Arrays.asList(Note.of("job.figuresChecked", first.toString(), last.toString(), rowsChecked),
                Note.of("job.figuresDrifted", rowsFixed, driftRecords), Note.of("job.monthsRolledUp", monthsRolledUp)));
    }

    @Override
    public String toString() {
        return "days " + first + " to " + last + ": " + rowsChecked + " rows checked, " + rowsFixed + " fixed ("
                + driftRecords + " drifted figures), " + monthsRolledUp + " months rolled up";
    }
}
