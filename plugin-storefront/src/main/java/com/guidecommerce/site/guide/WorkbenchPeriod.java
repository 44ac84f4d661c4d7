package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.PeriodKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/**
 * The period the workbench's figures cover, in the store's calendar: today, this week (from Monday) or this month up
 * to today, or a custom range of days; each compared with the same stretch of the period before (yesterday, last
 * week's first days, last month's first days, or the equal range just before a custom one). A missing or unknown
 * period is today; a custom range that is not a range of at most {@link #MAX_CUSTOM_DAYS} days is today too, with
 * {@link #getErrorKey()} saying why.
 */
public final class WorkbenchPeriod {

    public static final String TODAY = "today";
    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String CUSTOM = "custom";

    /** The longest custom range a guide may ask for. */
    public static final int MAX_CUSTOM_DAYS = 366;

    static final String INVALID_RANGE = "gc.workbench.period.invalid";
    static final String TOO_LONG = "gc.workbench.period.tooLong";

    private final String key;
    private final DayRange range;
    private final DayRange previous;
    private final String from;
    private final String to;
    private final String errorKey;

    private WorkbenchPeriod(String key, DayRange range, DayRange previous, String from, String to, String errorKey) {
        this.key = key;
        this.range = range;
        this.previous = previous;
        this.from = from;
        this.to = to;
        this.errorKey = errorKey;
    }

    /**
     * @param period the tab as the request named it ({@code today}, {@code week}, {@code month}, {@code custom})
     * @param from   first day of a custom range, {@code yyyy-MM-dd}
     * @param to     last day of a custom range, {@code yyyy-MM-dd}
     * @param today  today in the store's zone
     */
    public static WorkbenchPeriod of(String period, String from, String to, LocalDate today) {
        if (WEEK.equals(period)) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new WorkbenchPeriod(WEEK, new DayRange(monday, today),
                    new DayRange(monday.minusWeeks(1), today.minusWeeks(1)), null, null, null);
        }
        if (MONTH.equals(period)) {
            LocalDate first = today.withDayOfMonth(1);
            LocalDate lastMonthsFirst = first.minusMonths(1);
            // Up to the same day of last month, or its last day when last month is shorter.
            LocalDate lastMonthsDay = lastMonthsFirst.withDayOfMonth(
                    Math.min(today.getDayOfMonth(), lastMonthsFirst.lengthOfMonth()));
            return new WorkbenchPeriod(MONTH, new DayRange(first, today), new DayRange(lastMonthsFirst, lastMonthsDay),
                    null, null, null);
        }
        if (CUSTOM.equals(period)) {
            return custom(from, to, today);
        }
        return today(today, null, null, null);
    }

    private static WorkbenchPeriod custom(String from, String to, LocalDate today) {
        LocalDate first = parse(from);
        LocalDate last = parse(to);
        if (first == null || last == null || last.isBefore(first)) {
            return today(today, from, to, INVALID_RANGE);
        }
        DayRange range = new DayRange(first, last);
        if (range.length() > MAX_CUSTOM_DAYS) {
            return today(today, from, to, TOO_LONG);
        }
        return new WorkbenchPeriod(CUSTOM, range, range.previous(), first.toString(), last.toString(), null);
    }

    private static WorkbenchPeriod today(LocalDate today, String from, String to, String errorKey) {
        return new WorkbenchPeriod(TODAY, new DayRange(today, today), new DayRange(today.minusDays(1),
                today.minusDays(1)), from, to, errorKey);
    }

    private static LocalDate parse(String day) {
        if (day == null || day.trim().isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code today}, {@code week}, {@code month} or {@code custom}: the tab shown as chosen. */
    public String getKey() {
        return key;
    }

    public DayRange getRange() {
        return range;
    }

    /** The stretch the figures are compared with. */
    public DayRange getPrevious() {
        return previous;
    }

    /** The custom range's first day as the date input shows it; null unless a custom range was asked for. */
    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    /** Why a custom range was not taken (a message key); null when it was, or none was asked for. */
    public String getErrorKey() {
        return errorKey;
    }

    /** The rank snapshot period that goes with the tab: a custom range shows this month's ranks. */
    public PeriodKind getRankKind() {
        if (TODAY.equals(key)) {
            return PeriodKind.DAY;
        }
        return WEEK.equals(key) ? PeriodKind.WEEK : PeriodKind.MONTH;
    }
}
