package com.guidecommerce.admin.board.rule;

import com.guidecommerce.core.board.rule.DayRange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The ranges of days HQ's dashboard offers: the last 7, 30 or 90 days up to today, this month up to today, or a
 * custom range of at most {@link #LONGEST_CUSTOM_DAYS} days. Codes are what the page's form sends.
 */
public enum RangeChoice {

    LAST_7("7d"), LAST_30("30d"), LAST_90("90d"), THIS_MONTH("month"), CUSTOM("custom");

    /** The longest custom range: three years, charted per month. */
    public static final int LONGEST_CUSTOM_DAYS = 3 * 366;

    private final String code;

    RangeChoice(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    /** The choice with this code; the last 30 days for none or an unknown one. */
    public static RangeChoice of(String code) {
        for (RangeChoice choice : values()) {
            if (choice.code.equals(code)) {
                return choice;
            }
        }
        return LAST_30;
    }

    /**
     * The days this choice covers when today is {@code today}; for {@link #CUSTOM}, the given days, or null when they
     * are missing, not dates, reversed or longer than {@link #LONGEST_CUSTOM_DAYS}.
     */
    public DayRange days(LocalDate today, String from, String to) {
        switch (this) {
            case LAST_7:
                return new DayRange(today.minusDays(6), today);
            case LAST_30:
                return new DayRange(today.minusDays(29), today);
            case LAST_90:
                return new DayRange(today.minusDays(89), today);
            case THIS_MONTH:
                return new DayRange(today.withDayOfMonth(1), today);
            default:
                return custom(from, to);
        }
    }

    private static DayRange custom(String from, String to) {
        try {
            LocalDate first = LocalDate.parse(from == null ? "" : from.trim());
            LocalDate last = LocalDate.parse(to == null ? "" : to.trim());
            if (last.isBefore(first)) {
                return null;
            }
            DayRange range = new DayRange(first, last);
            return range.length() > LONGEST_CUSTOM_DAYS ? null : range;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
