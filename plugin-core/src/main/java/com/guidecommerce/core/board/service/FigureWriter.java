package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.dao.FigureMonths;
import com.guidecommerce.core.board.dao.FigureStore;
import com.guidecommerce.core.board.rule.FigureSheet;

import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import java.util.SortedSet;

/**
 * Adds a sheet of figures to the tables in the caller's transaction: locks the sheet's months (shared) and reads which
 * are rolled up, adds to the daily rows in key order, then to the monthly rows of the rolled-up months, so a late fact
 * in a closed month reaches its rollup too. A write the database rolls back to break a lock conflict fails as Spring's
 * {@code PessimisticLockingFailureException}, which the ingest and the binding service apply again. Bean {@code gcFigureWriter}.
 */
public class FigureWriter {

    private final FigureStore store;
    private final FigureMonths months;

    public FigureWriter(FigureStore store, FigureMonths months) {
        this.store = store;
        this.months = months;
    }

    public void write(FigureSheet sheet, Date now) {
        if (sheet.isEmpty()) {
            return;
        }
        SortedSet<LocalDate> touched = sheet.months();
        months.ensure(touched);
        try {
            Set<LocalDate> rolledUp = months.lockShared(touched);
            store.addDays(sheet, now);
            if (!rolledUp.isEmpty()) {
                store.addMonths(sheet.monthsOf(rolledUp), now);
            }
        } catch (RuntimeException e) {
            throw Deadlocks.translate(e);
        }
    }
}
