package com.guidecommerce.core.board.rule;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/**
 * A period of the rank snapshots, by the store-local days it covers: {@code D2026-12-06} (one day),
 * {@code W2026-12-07} (the ISO week starting that Monday), {@code M2026-12} (a calendar month).
 */
public final class RankPeriodKey implements Serializable, Comparable<RankPeriodKey> {

    private static final long serialVersionUID = 1L;

    private final PeriodKind kind;
    private final LocalDate from;
    private final LocalDate to;

    private RankPeriodKey(PeriodKind kind, LocalDate from, LocalDate to) {
        this.kind = kind;
        this.from = from;
        this.to = to;
    }

    /** The period of this kind that contains the day. */
    public static RankPeriodKey of(PeriodKind kind, LocalDate day) {
        switch (kind) {
            case DAY:
                return new RankPeriodKey(kind, day, day);
            case WEEK:
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new RankPeriodKey(kind, monday, monday.plusDays(6));
            default:
                YearMonth month = YearMonth.from(day);
                return new RankPeriodKey(kind, month.atDay(1), month.atEndOfMonth());
        }
    }

    /** The period a key names; fails on anything that is not such a key. */
    public static RankPeriodKey parse(String key) {
        if (key == null || key.length() < 2) {
            throw new IllegalArgumentException("Not a rank period key: " + key);
        }
        try {
            String rest = key.substring(1);
            switch (key.charAt(0)) {
                case 'D':
                    return of(PeriodKind.DAY, LocalDate.parse(rest));
                case 'W':
                    LocalDate monday = LocalDate.parse(rest);
                    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                        throw new IllegalArgumentException("A week key names its Monday: " + key);
                    }
                    return of(PeriodKind.WEEK, monday);
                case 'M':
                    return of(PeriodKind.MONTH, YearMonth.parse(rest).atDay(1));
                default:
                    throw new IllegalArgumentException("Not a rank period key: " + key);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a rank period key: " + key, e);
        }
    }

    public String getKey() {
        return kind.getPrefix() + (kind == PeriodKind.MONTH ? YearMonth.from(from).toString() : from.toString());
    }

    public PeriodKind getKind() {
        return kind;
    }

    /** The first day, store-local. */
    public LocalDate getFrom() {
        return from;
    }

    /** The last day, inclusive. */
    public LocalDate getTo() {
        return to;
    }

    public DayRange getDays() {
        return new DayRange(from, to);
    }

    @Override
    public int compareTo(RankPeriodKey other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : from.compareTo(other.from);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RankPeriodKey && ((RankPeriodKey) other).kind == kind
                && ((RankPeriodKey) other).from.equals(from);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + from.hashCode();
    }

    @Override
    public String toString() {
        return getKey();
    }
}
