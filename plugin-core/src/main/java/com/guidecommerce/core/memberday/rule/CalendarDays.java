package com.guidecommerce.core.memberday.rule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days the marketing calendar shows, as calendar dates of one store's zone: a week from Monday to Sunday or a
 * whole month, and whether an offer's start and end (wall-clock times, as Broadleaf keeps them) cover a day.
 */
public final class CalendarDays {

    private CalendarDays() {
    }

    /** The date the moment falls on in the zone. */
    public static LocalDate today(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }

    /** Monday to Sunday of the week the day is in. */
    public static List<LocalDate> week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> days = new ArrayList<LocalDate>(7);
        for (int i = 0; i < 7; i++) {
            days.add(monday.plusDays(i));
        }
        return days;
    }

    /** Every day of the month, the first to the last. */
    public static List<LocalDate> month(YearMonth month) {
        List<LocalDate> days = new ArrayList<LocalDate>(month.lengthOfMonth());
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(month.atDay(d));
        }
        return days;
    }

    /**
     * Whether an offer running from {@code start} (included) to {@code end} (excluded, {@code null} for open-ended)
     * is on at some moment of the day, both read as wall-clock times of the zone the day belongs to.
     */
    public static boolean covers(LocalDateTime start, LocalDateTime end, LocalDate day) {
        if (start == null) {
            // Broadleaf drops an offer without a start date.
            return false;
        }
        LocalDateTime dayStart = day.atStartOfDay();
        LocalDateTime nextDay = day.plusDays(1).atStartOfDay();
        return start.isBefore(nextDay) && (end == null || end.isAfter(dayStart));
    }
}
