package com.guidecommerce.core.memberday.rule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days of a member-day campaign as calendar dates, with no zone: every given weekday, every given day of the
 * month, or listed dates, between the first and the last valid day (both included; no last day for open-ended).
 */
public final class MemberDaySchedule {

    /** How the days recur. */
    public enum Kind { WEEKLY, MONTHLY, DATES }

    private final Kind kind;
    private final DayOfWeek weekday;
    private final int dayOfMonth;
    private final Set<LocalDate> dates;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private MemberDaySchedule(Kind kind, DayOfWeek weekday, int dayOfMonth, Set<LocalDate> dates,
                              LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null) {
            throw new IllegalArgumentException("A member-day schedule needs its first valid day");
        }
        this.kind = kind;
        this.weekday = weekday;
        this.dayOfMonth = dayOfMonth;
        this.dates = Collections.unmodifiableSet(new TreeSet<LocalDate>(dates));
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public static MemberDaySchedule weekly(DayOfWeek weekday, LocalDate firstDay, LocalDate lastDay) {
        return new MemberDaySchedule(Kind.WEEKLY, weekday, 0, Collections.<LocalDate>emptySet(), firstDay, lastDay);
    }

    public static MemberDaySchedule monthly(int dayOfMonth, LocalDate firstDay, LocalDate lastDay) {
        return new MemberDaySchedule(Kind.MONTHLY, null, dayOfMonth, Collections.<LocalDate>emptySet(), firstDay,
                lastDay);
    }

    public static MemberDaySchedule dates(Set<LocalDate> dates, LocalDate firstDay, LocalDate lastDay) {
        return new MemberDaySchedule(Kind.DATES, null, 0, dates, firstDay, lastDay);
    }

    /** Parses ISO dates separated by commas, semicolons or white space; throws on a date it cannot read. */
    public static Set<LocalDate> parseDates(String text) {
        Set<LocalDate> parsed = new TreeSet<LocalDate>();
        if (text == null) {
            return parsed;
        }
        for (String part : text.split("[,;\\uFF0C\\s]+")) {
            if (!part.isEmpty()) {
                try {
                    parsed.add(LocalDate.parse(part));
                } catch (DateTimeParseException e) {
                    throw new DateTimeException("Not an ISO date: " + part, e);
                }
            }
        }
        return parsed;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    /** Whether the date is one of the campaign's member days. */
    public boolean contains(LocalDate day) {
        if (day.isBefore(firstDay) || (lastDay != null && day.isAfter(lastDay))) {
            return false;
        }
        switch (kind) {
            case WEEKLY:
                return day.getDayOfWeek() == weekday;
            case MONTHLY:
                return day.getDayOfMonth() == dayOfMonth;
            default:
                return dates.contains(day);
        }
    }

    /** The first member day on or after the date, or {@code null} when there is none. */
    public LocalDate firstOnOrAfter(LocalDate from) {
        LocalDate day = from.isBefore(firstDay) ? firstDay : from;
        if (kind == Kind.DATES) {
            for (LocalDate date : dates) {
                if (!date.isBefore(day)) {
                    return contains(date) ? date : null;
                }
            }
            return null;
        }
        // Every weekday recurs within 7 days and every day of the month 1–31 within four years (29 February).
        int horizon = kind == Kind.WEEKLY ? 7 : 4 * 366;
        for (int i = 0; i < horizon; i++) {
            LocalDate candidate = day.plusDays(i);
            if (lastDay != null && candidate.isAfter(lastDay)) {
                return null;
            }
            if (contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
