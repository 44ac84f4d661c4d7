package com.guidecommerce.site.member;

import com.guidecommerce.core.birthday.rule.BirthdayError;
import com.guidecommerce.core.birthday.rule.BirthdayException;

import java.io.Serializable;

/**
 * A birthday as a member types it into a form: month, day and an optional year, as text. Empty when month and day
 * are both left blank (the birthday is optional on the registration page).
 */
public final class BirthdayEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Request parameters of the birthday fields, the same on every page that asks for one. */
    public static final String MONTH = "gcBirthdayMonth";
    public static final String DAY = "gcBirthdayDay";
    public static final String YEAR = "gcBirthdayYear";

    private final String month;
    private final String day;
    private final String year;

    public BirthdayEntry(String month, String day, String year) {
        this.month = trim(month);
        this.day = trim(day);
        this.year = trim(year);
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    public boolean isEmpty() {
        return month.isEmpty() && day.isEmpty() && year.isEmpty();
    }

    /** @throws BirthdayException when the month or the day is missing or no number */
    public int month() {
        requireMonthAndDay();
        return number(month, BirthdayError.NO_SUCH_MONTH, month);
    }

    /** @throws BirthdayException when the month or the day is missing or no number */
    public int day() {
        requireMonthAndDay();
        return number(day, BirthdayError.NO_SUCH_DAY, month, day);
    }

    /** The year, or null when left blank. @throws BirthdayException when it is no number */
    public Integer year() {
        return year.isEmpty() ? null : number(year, BirthdayError.NOT_A_YEAR, year);
    }

    private void requireMonthAndDay() {
        if (month.isEmpty() || day.isEmpty()) {
            throw new BirthdayException(BirthdayError.INCOMPLETE);
        }
    }

    private static int number(String text, BirthdayError error, Object... arguments) {
        if (text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw new BirthdayException(error, arguments);
        }
        return Integer.parseInt(text);
    }

    public String getMonth() {
        return month;
    }

    public String getDay() {
        return day;
    }

    public String getYear() {
        return year;
    }
}
