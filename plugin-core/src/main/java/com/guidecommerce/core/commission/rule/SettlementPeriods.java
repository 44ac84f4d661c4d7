package com.guidecommerce.core.commission.rule;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Settlement periods are calendar months in HQ's time zone: from the first day's midnight, inclusive, to the next
 * month's first midnight, exclusive.
 */
public final class SettlementPeriods {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private SettlementPeriods() {
    }

    public static Date start(YearMonth month, ZoneId zone) {
        return Date.from(month.atDay(1).atStartOfDay(zone).toInstant());
    }

    public static Date end(YearMonth month, ZoneId zone) {
        return start(month.plusMonths(1), zone);
    }

    /** The month a moment falls in, in the zone. */
    public static YearMonth monthOf(Date moment, ZoneId zone) {
        return YearMonth.from(moment.toInstant().atZone(zone));
    }

    /** The last month that has fully ended at {@code now}: what HQ settles by default. */
    public static YearMonth lastEndedMonth(Date now, ZoneId zone) {
        return monthOf(now, zone).minusMonths(1);
    }

    /** {@code 2026-11} as a month, or {@code null} when it is not one. */
    public static YearMonth parseMonth(String text) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim(), MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String format(YearMonth month) {
        return month.format(MONTH);
    }
}
