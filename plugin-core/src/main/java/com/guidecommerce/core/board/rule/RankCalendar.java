package com.guidecommerce.core.board.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which rank periods are current and which are over. "Today" is a store-local date, so with stores in several zones
 * there may be two todays at once: every date that is today in some store's zone has its day, week and month
 * current. A period is over once its last day has passed in every zone, and closed (built one last time, then
 * frozen) a grace of {@code graceDays} after that, so that late figures (a channel's delayed delivery) still count.
 */
public final class RankCalendar {

    private final int graceDays;

    public RankCalendar(int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("gc.board.freezeGraceDays must not be negative, not " + graceDays);
        }
        this.graceDays = graceDays;
    }

    /** Every date that is today in one of the zones. */
    public SortedSet<LocalDate> todays(Instant now, Collection<ZoneId> zones) {
        SortedSet<LocalDate> todays = new TreeSet<LocalDate>();
        for (ZoneId zone : zones) {
            todays.add(now.atZone(zone).toLocalDate());
        }
        return todays;
    }

    /** The day, week and month of every today. */
    public SortedSet<RankPeriodKey> current(Instant now, Collection<ZoneId> zones) {
        SortedSet<RankPeriodKey> current = new TreeSet<RankPeriodKey>();
        for (LocalDate today : todays(now, zones)) {
            for (PeriodKind kind : PeriodKind.values()) {
                current.add(RankPeriodKey.of(kind, today));
            }
        }
        return current;
    }

    /** Whether the period's last day plus the grace has passed in every zone: its next build is its last. */
    public boolean isClosed(RankPeriodKey period, Instant now, Collection<ZoneId> zones) {
        SortedSet<LocalDate> todays = todays(now, zones);
        return !todays.isEmpty() && todays.first().isAfter(period.getTo().plusDays(graceDays));
    }
}
