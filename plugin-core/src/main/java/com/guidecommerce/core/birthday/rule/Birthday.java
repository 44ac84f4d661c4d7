package com.guidecommerce.core.birthday.rule;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A member's birthday: month and day, the year when the member gave it. Only real dates exist: 29 February is one
 * (in a year that is not a leap year it is celebrated on 28 February), 31 April is not.
 */
public final class Birthday implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The earliest birth year accepted. */
    public static final int FIRST_YEAR = 1900;

    private final int month;
    private final int day;
    private final Integer year;

    private Birthday(int month, int day, Integer year) {
        this.month = month;
        this.day = day;
        this.year = year;
    }

    /**
     * The birthday a member gives, checked against {@code today} (a birth year after it, or a date after it, is
     * refused).
     *
     * @throws BirthdayException when it is no real date
     */
    public static Birthday of(int month, int day, Integer year, LocalDate today) {
        if (month < 1 || month > 12) {
            throw new BirthdayException(BirthdayError.NO_SUCH_MONTH, month);
        }
        if (day < 1 || day > Month.of(month).maxLength()) {
            throw new BirthdayException(BirthdayError.NO_SUCH_DAY, month, day);
        }
        if (year != null) {
            if (year < FIRST_YEAR || year > today.getYear()) {
                throw new BirthdayException(BirthdayError.YEAR_OUT_OF_RANGE, String.valueOf(year),
                        String.valueOf(FIRST_YEAR), String.valueOf(today.getYear()));
            }
            if (month == 2 && day == 29 && !Year.isLeap(year)) {
                throw new BirthdayException(BirthdayError.NOT_A_LEAP_YEAR, String.valueOf(year));
            }
            if (LocalDate.of(year, month, day).isAfter(today)) {
                throw new BirthdayException(BirthdayError.IN_THE_FUTURE);
            }
        }
        return new Birthday(month, day, year);
    }

    /** A birthday as stored (checked when it was given). */
    public static Birthday stored(int month, int day, Integer year) {
        return new Birthday(month, day, year);
    }

    /** The day the birthday is celebrated in {@code year}: 29 February falls on 28 February outside leap years. */
    public LocalDate celebratedIn(int year) {
        int celebratedDay = month == 2 && day == 29 && !Year.isLeap(year) ? 28 : day;
        return LocalDate.of(year, month, celebratedDay);
    }

    public int getMonth() {
        return month;
    }

    public int getDay() {
        return day;
    }

    /** The birth year, or null when the member did not give it. */
    public Integer getYear() {
        return year;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Birthday)) {
            return false;
        }
        Birthday other = (Birthday) o;
        return month == other.month && day == other.day
                && (year == null ? other.year == null : year.equals(other.year));
    }

    @Override
    public int hashCode() {
        return (month * 32 + day) * 31 + (year == null ? 0 : year);
    }

    /** {@code 02-29} or {@code 1990-02-28}. */
    @Override
    public String toString() {
        String monthDay = String.format("%02d-%02d", month, day);
        return year == null ? monthDay : year + "-" + monthDay;
    }
}
