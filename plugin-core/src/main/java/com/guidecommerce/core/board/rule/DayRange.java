package com.guidecommerce.core.board.rule;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Store-local calendar days from {@code from} to {@code to}, both included. */
public final class DayRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;

    public DayRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("Not a range of days: " + from + " to " + to);
        }
        this.from = from;
        this.to = to;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public long length() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range of the same length that ends the day before this one starts (period over period). */
    public DayRange previous() {
        return new DayRange(from.minusDays(length()), from.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DayRange && ((DayRange) other).from.equals(from) && ((DayRange) other).to.equals(to);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + to.hashCode();
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
