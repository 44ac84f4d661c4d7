package com.guidecommerce.core.birthday.rule;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The days a birthday gift is issued in and can be used in, both ends included: the Monday-to-Sunday week that
 * contains the birthday as celebrated that year, or its calendar month (setting {@code gc.birthday.window}). A week
 * can span New Year: a birthday on 30 December 2026 has the week 28 December 2026 to 3 January 2027, and the gift of
 * that week is the gift of 2026, the year of the birthday.
 */
public final class GiftWindow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Setting {@code gc.birthday.window}. */
    public enum Kind {
        WEEK,
        MONTH;

        public static Kind of(String setting) {
            try {
                return valueOf(setting.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new BirthdayException(BirthdayError.BAD_SETTING, "gc.birthday.window", setting);
            }
        }
    }

    private final int giftYear;
    private final LocalDate first;
    private final LocalDate last;

    private GiftWindow(int giftYear, LocalDate first, LocalDate last) {
        this.giftYear = giftYear;
        this.first = first;
        this.last = last;
    }

    /** The window of the birthday as celebrated in {@code year}. */
    public static GiftWindow of(Kind kind, Birthday birthday, int year) {
        LocalDate celebrated = birthday.celebratedIn(year);
        if (kind == Kind.MONTH) {
            return new GiftWindow(year, celebrated.withDayOfMonth(1),
                    celebrated.with(TemporalAdjusters.lastDayOfMonth()));
        }
        LocalDate monday = celebrated.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new GiftWindow(year, monday, monday.plusDays(6));
    }

    /**
     * The window that contains {@code day}, or null when the day is in none. Only a week can start in the year before
     * its birthday or end in the year after, so the neighbouring years are looked at too.
     */
    public static GiftWindow containing(Kind kind, Birthday birthday, LocalDate day) {
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            GiftWindow window = of(kind, birthday, year);
            if (window.contains(day)) {
                return window;
            }
        }
        return null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** The year of the birthday the window celebrates: a member gets one gift per gift year. */
    public int getGiftYear() {
        return giftYear;
    }

    public LocalDate getFirstDay() {
        return first;
    }

    public LocalDate getLastDay() {
        return last;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GiftWindow)) {
            return false;
        }
        GiftWindow other = (GiftWindow) o;
        return giftYear == other.giftYear && first.equals(other.first) && last.equals(other.last);
    }

    @Override
    public int hashCode() {
        return first.hashCode() * 31 + last.hashCode();
    }

    @Override
    public String toString() {
        return giftYear + ":" + first + ".." + last;
    }
}
