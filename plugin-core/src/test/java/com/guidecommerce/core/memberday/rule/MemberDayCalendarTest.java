package com.guidecommerce.core.memberday.rule;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberDayCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

    private static MemberDaySchedule everyWednesday() {
        return MemberDaySchedule.weekly(DayOfWeek.WEDNESDAY, LocalDate.of(2026, 12, 1), null);
    }

    private static Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(day.atTime(hour, minute), zone).toInstant();
    }

    @Test
    void shouldMakeAWeeklyMemberDayLastFromMidnightToMidnightInTheStoresZone() {
        MemberDaySchedule schedule = everyWednesday();

        assertFalse(MemberDayCalendar.isMemberDay(schedule, at(WEDNESDAY.minusDays(1), 23, 59, SHANGHAI), SHANGHAI));
        assertTrue(MemberDayCalendar.isMemberDay(schedule, at(WEDNESDAY, 0, 0, SHANGHAI), SHANGHAI));
        assertTrue(MemberDayCalendar.isMemberDay(schedule, at(WEDNESDAY, 23, 59, SHANGHAI), SHANGHAI));
        assertFalse(MemberDayCalendar.isMemberDay(schedule, at(WEDNESDAY.plusDays(1), 0, 0, SHANGHAI), SHANGHAI));
    }

    @Test
    void shouldJudgeTheSameInstantByEachStoresOwnZone() {
        MemberDaySchedule schedule = everyWednesday();
        // Wednesday 07:00 in Shanghai is still Tuesday in UTC (23:00) and in Los Angeles (15:00).
        Instant moment = at(WEDNESDAY, 7, 0, SHANGHAI);

        assertEquals(WEDNESDAY, MemberDayCalendar.memberDayOf(schedule, moment, SHANGHAI));
        assertNull(MemberDayCalendar.memberDayOf(schedule, moment, LOS_ANGELES));
        assertNull(MemberDayCalendar.memberDayOf(schedule, moment, ZoneId.of("UTC")));
    }

    @Test
    void shouldRecurMonthlyOnTheDayOfTheMonthAndSkipMonthsWithoutIt() {
        MemberDaySchedule eighth = MemberDaySchedule.monthly(8, LocalDate.of(2026, 1, 1), null);
        MemberDaySchedule thirtyFirst = MemberDaySchedule.monthly(31, LocalDate.of(2026, 1, 1), null);

        assertTrue(eighth.contains(LocalDate.of(2026, 12, 8)));
        assertFalse(eighth.contains(LocalDate.of(2026, 12, 9)));
        assertFalse(thirtyFirst.contains(LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2026, 12, 31), thirtyFirst.firstOnOrAfter(LocalDate.of(2026, 11, 1)));
    }

    @Test
    void shouldRecurOnlyOnTheListedDates() {
        MemberDaySchedule schedule = MemberDaySchedule.dates(MemberDaySchedule.parseDates("2026-12-12, 2026-11-11"),
                LocalDate.of(2026, 1, 1), null);

        assertTrue(schedule.contains(LocalDate.of(2026, 11, 11)));
        assertTrue(schedule.contains(LocalDate.of(2026, 12, 12)));
        assertFalse(schedule.contains(LocalDate.of(2026, 12, 11)));
        assertEquals(LocalDate.of(2026, 12, 12), schedule.firstOnOrAfter(LocalDate.of(2026, 11, 12)));
        assertNull(schedule.firstOnOrAfter(LocalDate.of(2026, 12, 13)));
    }

    @Test
    void shouldCountTheFirstAndLastValidDaysAndNothingOutsideThem() {
        MemberDaySchedule schedule = MemberDaySchedule.weekly(DayOfWeek.WEDNESDAY, WEDNESDAY, WEDNESDAY.plusWeeks(1));

        assertFalse(schedule.contains(WEDNESDAY.minusWeeks(1)));
        assertTrue(schedule.contains(WEDNESDAY));
        assertTrue(schedule.contains(WEDNESDAY.plusWeeks(1)));
        assertFalse(schedule.contains(WEDNESDAY.plusWeeks(2)));
        assertNull(schedule.firstOnOrAfter(WEDNESDAY.plusDays(8)));
    }

    @Test
    void shouldGiveTheMemberDayUnderWayOrElseTheNextOneAsItsStartAndEndInTheZone() {
        MemberDaySchedule schedule = everyWednesday();

        MemberDayWindow underWay = MemberDayCalendar.nextMemberDay(schedule, SHANGHAI, at(WEDNESDAY, 15, 0, SHANGHAI));
        MemberDayWindow next = MemberDayCalendar.nextMemberDay(schedule, SHANGHAI,
                at(WEDNESDAY.plusDays(1), 0, 0, SHANGHAI));

        assertEquals(WEDNESDAY, underWay.getDay());
        assertEquals(at(WEDNESDAY, 0, 0, SHANGHAI), underWay.getStart());
        assertEquals(at(WEDNESDAY.plusDays(1), 0, 0, SHANGHAI), underWay.getEnd());
        assertTrue(underWay.isUnderWay(at(WEDNESDAY, 15, 0, SHANGHAI)));
        assertEquals(WEDNESDAY.plusWeeks(1), next.getDay());
        assertFalse(next.isUnderWay(at(WEDNESDAY.plusDays(1), 0, 0, SHANGHAI)));
    }

    @Test
    void shouldStartNoEarlierThanTheFirstValidDay() {
        MemberDaySchedule schedule = MemberDaySchedule.weekly(DayOfWeek.WEDNESDAY, WEDNESDAY.plusWeeks(2), null);

        assertEquals(WEDNESDAY.plusWeeks(2), schedule.firstOnOrAfter(WEDNESDAY));
    }

    @Test
    void shouldRefuseADateItCannotRead() {
        assertThrows(java.time.DateTimeException.class, () -> MemberDaySchedule.parseDates("2026-12-09, 12/16"));
        assertEquals(new HashSet<LocalDate>(Arrays.asList(WEDNESDAY)), MemberDaySchedule.parseDates(" 2026-12-09 "));
    }
}
