package com.guidecommerce.core.birthday.rule;

/**
 * Why a birthday cannot be recorded, or a birthday setting cannot be used. Each code is stable: the storefront and the
 * admin show a translated message per code (key {@code gcBirthdayError_<CODE>}) with the arguments named in its
 * English text.
 */
public enum BirthdayError {

    INCOMPLETE("Choose both the month and the day of your birthday."),
    NOT_A_YEAR("{0} is not a year: write it with four digits, such as 1990, or leave it empty."),
    NO_SUCH_MONTH("There is no month {0}: choose a month from 1 to 12."),
    NO_SUCH_DAY("Month {0} has no day {1}."),
    NOT_A_LEAP_YEAR("{0} was not a leap year, so it had no 29 February."),
    YEAR_OUT_OF_RANGE("The year {0} cannot be a birth year: give a year from {1} to {2}, or leave it empty."),
    IN_THE_FUTURE("A birthday cannot be in the future."),
    NO_MEMBER("There is no member {0}."),
    BAD_SETTING("Setting {0} cannot be {1}.");

    private final String text;

    BirthdayError(String text) {
        this.text = text;
    }

    /** The English pattern ({@link java.text.MessageFormat}) of the error's message. */
    public String getText() {
        return text;
    }

    public String getMessageKey() {
        return "gcBirthdayError_" + name();
    }
}
