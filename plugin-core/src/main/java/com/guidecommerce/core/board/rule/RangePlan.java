package com.guidecommerce.core.board.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a range of days is read: the whole months inside it that have been rolled up come from the monthly tables,
 * every other day from the daily tables (as runs of consecutive days).
 */
public final class RangePlan {

    /** Tells which months the monthly tables hold. */
    public interface MonthCheck {
        boolean isRolledUp(YearMonth month);
    }

    private final List<YearMonth> months;
    private final List<DayRange> days;

    private RangePlan(List<YearMonth> months, List<DayRange> days) {
        this.months = Collections.unmodifiableList(months);
        this.days = Collections.unmodifiableList(days);
    }

    public static RangePlan of(DayRange range, MonthCheck rolledUp) {
        List<YearMonth> months = new ArrayList<YearMonth>();
        List<DayRange> days = new ArrayList<DayRange>();
        LocalDate runStart = null;
        LocalDate day = range.getFrom();
        while (!day.isAfter(range.getTo())) {
            YearMonth month = YearMonth.from(day);
            boolean whole = day.getDayOfMonth() == 1 && !month.atEndOfMonth().isAfter(range.getTo());
            if (whole && rolledUp.isRolledUp(month)) {
                if (runStart != null) {
                    days.add(new DayRange(runStart, day.minusDays(1)));
                    runStart = null;
                }
                months.add(month);
                day = month.atEndOfMonth().plusDays(1);
            } else {
                if (runStart == null) {
                    runStart = day;
                }
                // A month that is not read whole is read by its days: jump to its end (or the range's).
                LocalDate last = month.atEndOfMonth().isAfter(range.getTo()) ? range.getTo() : month.atEndOfMonth();
                day = last.plusDays(1);
            }
        }
        if (runStart != null) {
            days.add(new DayRange(runStart, range.getTo()));
        }
        return new RangePlan(months, days);
    }

    /** Whole, rolled-up months, in order. */
    public List<YearMonth> getMonths() {
        return months;
    }

    /** Runs of days read day by day, in order. */
    public List<DayRange> getDays() {
        return days;
    }
}
