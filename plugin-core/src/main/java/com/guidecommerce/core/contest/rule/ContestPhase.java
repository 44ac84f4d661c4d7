package com.guidecommerce.core.contest.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a contest stands at a moment: before its first day, running (its days, store-local), settling (the return
 * window after its last day, when refunds may still change scores) or due (scores final, ready to close once).
 */
public enum ContestPhase {
    UPCOMING, RUNNING, SETTLING, DUE;

    /**
     * @param firstDay         the contest's first day
     * @param lastDay          its last day (inclusive)
     * @param returnWindowDays days after the last day during which refunds still count
     * @param zone             the calendar the days are in
     */
    public static ContestPhase at(Instant now, LocalDate firstDay, LocalDate lastDay, int returnWindowDays,
                                  ZoneId zone) {
        if (now.isBefore(firstDay.atStartOfDay(zone).toInstant())) {
            return UPCOMING;
        }
        if (now.isBefore(lastDay.plusDays(1).atStartOfDay(zone).toInstant())) {
            return RUNNING;
        }
        return now.isBefore(finalAt(lastDay, returnWindowDays, zone)) ? SETTLING : DUE;
    }

    /** The moment a contest's scores become final: the end of its return window after the last day. */
    public static Instant finalAt(LocalDate lastDay, int returnWindowDays, ZoneId zone) {
        return lastDay.plusDays(1L + Math.max(0, returnWindowDays)).atStartOfDay(zone).toInstant();
    }
}
