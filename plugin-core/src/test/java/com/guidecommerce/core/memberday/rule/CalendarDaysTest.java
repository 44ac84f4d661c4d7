package com.guidecommerce.core.memberday.rule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void shouldRunAWeekFromMondayToSundayWhicheverDayIsGiven() {
        List<LocalDate> fromWednesday = CalendarDays.week(LocalDate.of(2026, 12, 9));
        List<LocalDate> fromSunday = CalendarDays.week(LocalDate.of(2026, 12, 13));

        assertEquals(7, fromWednesday.size());
        assertEquals(LocalDate.of(2026, 12, 7), fromWednesday.get(0));
        assertEquals(LocalDate.of(2026, 12, 13), fromWednesday.get(6));
        assertEquals(fromWednesday, fromSunday);
        assertEquals(LocalDate.of(2026, 12, 7), CalendarDays.week(LocalDate.of(2026, 12, 7)).get(0));
    }

    @Test
    void shouldCrossTheYearInAWeek() {
        List<LocalDate> week = CalendarDays.week(LocalDate.of(2027, 1, 1));

        assertEquals(LocalDate.of(2026, 12, 28), week.get(0));
        assertEquals(LocalDate.of(2027, 1, 3), week.get(6));
    }

    @Test
    void shouldListEveryDayOfTheMonth() {
        assertEquals(28, CalendarDays.month(YearMonth.of(2027, 2)).size());
        assertEquals(29, CalendarDays.month(YearMonth.of(2028, 2)).size());
        List<LocalDate> december = CalendarDays.month(YearMonth.of(2026, 12));
        assertEquals(LocalDate.of(2026, 12, 1), december.get(0));
        assertEquals(LocalDate.of(2026, 12, 31), december.get(30));
    }

    @Test
    void shouldTakeTodayAndSoTheWeekFromTheStoresZone() {
        // Monday 2026-12-07 00:30 in Shanghai is still Sunday 2026-12-06 in Los Angeles: two different weeks.
        Instant moment = LocalDateTime.of(2026, 12, 7, 0, 30).atZone(SHANGHAI).toInstant();

        assertEquals(LocalDate.of(2026, 12, 7), CalendarDays.today(moment, SHANGHAI));
        assertEquals(LocalDate.of(2026, 12, 6), CalendarDays.today(moment, LOS_ANGELES));
        assertEquals(LocalDate.of(2026, 12, 7), CalendarDays.week(CalendarDays.today(moment, SHANGHAI)).get(0));
        assertEquals(LocalDate.of(2026, 11, 30), CalendarDays.week(CalendarDays.today(moment, LOS_ANGELES)).get(0));
    }

    @Test
    void shouldTakeTheMonthFromTheStoresZoneOnItsLastEvening() {
        // 2026-12-31 20:00 in Los Angeles is already 2027-01-01 in Shanghai.
        Instant moment = LocalDateTime.of(2026, 12, 31, 20, 0).atZone(LOS_ANGELES).toInstant();

        assertEquals(YearMonth.of(2026, 12), YearMonth.from(CalendarDays.today(moment, LOS_ANGELES)));
        assertEquals(YearMonth.of(2027, 1), YearMonth.from(CalendarDays.today(moment, SHANGHAI)));
    }

    @Test
    void shouldCoverADayAnOfferIsOnAtAnyMomentOf() {
        LocalDate day = LocalDate.of(2026, 12, 9);

        assertTrue(CalendarDays.covers(day.atStartOfDay(), null, day), "starts at midnight, open-ended");
        assertTrue(CalendarDays.covers(day.atTime(23, 59), null, day), "starts late that evening");
        assertFalse(CalendarDays.covers(day.plusDays(1).atStartOfDay(), null, day), "starts the next day");
        assertFalse(CalendarDays.covers(day.minusDays(3).atStartOfDay(), day.atStartOfDay(), day),
                "ended at the day's midnight");
        assertTrue(CalendarDays.covers(day.minusDays(3).atStartOfDay(), day.atTime(0, 1), day), "ends just after");
        assertFalse(CalendarDays.covers(null, null, day), "Broadleaf drops an offer without a start");
    }
}
