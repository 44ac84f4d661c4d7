package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.PeriodKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WorkbenchPeriodTest {

    // A Wednesday.
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    @Test
    void shouldCompareTodayWithYesterdayByDefault() {
        WorkbenchPeriod period = WorkbenchPeriod.of(null, null, null, TODAY);

        assertEquals("today", period.getKey());
        assertEquals(range("2026-12-09", "2026-12-09"), period.getRange());
        assertEquals(range("2026-12-08", "2026-12-08"), period.getPrevious());
        assertEquals(PeriodKind.DAY, period.getRankKind());
    }

    @Test
    void shouldCompareTheWeekSoFarWithTheSameDaysOfLastWeek() {
        WorkbenchPeriod period = WorkbenchPeriod.of("week", null, null, TODAY);

        assertEquals(range("2026-12-07", "2026-12-09"), period.getRange());
        assertEquals(range("2026-11-30", "2026-12-02"), period.getPrevious());
        assertEquals(PeriodKind.WEEK, period.getRankKind());
    }

    @Test
    void shouldCompareTheMonthSoFarWithTheSameDaysOfLastMonthEndingAtItsLastDay() {
        WorkbenchPeriod period = WorkbenchPeriod.of("month", null, null, LocalDate.of(2027, 3, 31));

        assertEquals(range("2027-03-01", "2027-03-31"), period.getRange());
        assertEquals(range("2027-02-01", "2027-02-28"), period.getPrevious());
        assertEquals(PeriodKind.MONTH, period.getRankKind());
    }

    @Test
    void shouldCompareACustomRangeWithTheEqualRangeBeforeIt() {
        WorkbenchPeriod period = WorkbenchPeriod.of("custom", "2026-11-01", " 2026-11-10 ", TODAY);

        assertEquals("custom", period.getKey());
        assertEquals(range("2026-11-01", "2026-11-10"), period.getRange());
        assertEquals(range("2026-10-22", "2026-10-31"), period.getPrevious());
        assertEquals("2026-11-10", period.getTo());
        assertNull(period.getErrorKey());
        assertEquals(PeriodKind.MONTH, period.getRankKind());
    }

    @Test
    void shouldShowTodayAndSayWhyForARangeThatIsNotOne() {
        WorkbenchPeriod backwards = WorkbenchPeriod.of("custom", "2026-11-10", "2026-11-01", TODAY);
        WorkbenchPeriod garbled = WorkbenchPeriod.of("custom", "yesterday", "", TODAY);
        WorkbenchPeriod tooLong = WorkbenchPeriod.of("custom", "2025-01-01", "2026-12-01", TODAY);

        assertEquals("today", backwards.getKey());
        assertEquals(WorkbenchPeriod.INVALID_RANGE, backwards.getErrorKey());
        assertEquals("2026-11-10", backwards.getFrom(), "the inputs keep what the guide typed");
        assertEquals(WorkbenchPeriod.INVALID_RANGE, garbled.getErrorKey());
        assertEquals(range("2026-12-09", "2026-12-09"), tooLong.getRange());
        assertEquals(WorkbenchPeriod.TOO_LONG, tooLong.getErrorKey());
    }

    private static DayRange range(String from, String to) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
