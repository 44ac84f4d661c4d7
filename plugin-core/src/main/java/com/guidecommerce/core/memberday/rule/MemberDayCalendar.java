package com.guidecommerce.core.memberday.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one answer to "is this moment a member day": a moment is on a campaign's member day when its date in the
 * zone of the store concerned is one of the schedule's days. Pricing, the checkout re-check and the points
 * multiplier all ask here, so they cannot disagree about midnight.
 */
public final class MemberDayCalendar {

    private MemberDayCalendar() {
    }

    /** The member day the moment falls on in the zone, or {@code null} when it is not one. */
    public static LocalDate memberDayOf(MemberDaySchedule schedule, Instant moment, ZoneId zone) {
        LocalDate day = moment.atZone(zone).toLocalDate();
        return schedule.contains(day) ? day : null;
    }

    /** Whether the moment falls on one of the schedule's member days in the zone. */
    public static boolean isMemberDay(MemberDaySchedule schedule, Instant moment, ZoneId zone) {
        return memberDayOf(schedule, moment, zone) != null;
    }

    /**
     * The member day under way at the moment, or else the next one, as its start and end in the zone; {@code null}
     * when no member day is left in the schedule.
     */
    public static MemberDayWindow nextMemberDay(MemberDaySchedule schedule, ZoneId zone, Instant from) {
        LocalDate day = schedule.firstOnOrAfter(from.atZone(zone).toLocalDate());
        if (day == null) {
            return null;
        }
        ZonedDateTime start = day.atStartOfDay(zone);
        return new MemberDayWindow(day, start.toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
