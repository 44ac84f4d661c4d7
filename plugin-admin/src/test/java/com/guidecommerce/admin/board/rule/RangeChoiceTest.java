package com.guidecommerce.admin.board.rule;

import com.guidecommerce.core.board.rule.DayRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The dashboard's ranges of days, counted back from today, and custom ranges that are no range. */
class RangeChoiceTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    @Test
    void shouldEndEachLastDaysRangeToday() {
        assertEquals(range("2026-02-23", "2026-03-01"), RangeChoice.of("7d").days(TODAY, null, null));
        assertEquals(range("2026-01-31", "2026-03-01"), RangeChoice.of("30d").days(TODAY, null, null));
        assertEquals(range("2025-12-02", "2026-03-01"), RangeChoice.of("90d").days(TODAY, null, null));
    }

    @Test
    void shouldStartThisMonthOnItsFirstDay() {
        assertEquals(range("2026-03-01", "2026-03-01"), RangeChoice.THIS_MONTH.days(TODAY, null, null));
        assertEquals(range("2026-02-01", "2026-02-28"),
                RangeChoice.THIS_MONTH.days(LocalDate.parse("2026-02-28"), null, null));
    }

    @Test
    void shouldTakeTheLastThirtyDaysForNoChoiceOrAnUnknownOne() {
        assertEquals(RangeChoice.LAST_30, RangeChoice.of(null));
        assertEquals(RangeChoice.LAST_30, RangeChoice.of("365d"));
    }

    @Test
    void shouldTakeACustomRangeAsTypedUpToThreeYears() {
        assertEquals(range("2024-01-01", "2026-12-31"), RangeChoice.CUSTOM.days(TODAY, " 2024-01-01", "2026-12-31 "));
        assertEquals(range("2026-01-05", "2026-01-05"), RangeChoice.CUSTOM.days(TODAY, "2026-01-05", "2026-01-05"));
    }

    @Test
    void shouldRefuseACustomRangeThatIsReversedMissingNotADateOrTooLong() {
        assertNull(RangeChoice.CUSTOM.days(TODAY, "2026-01-05", "2026-01-04"));
        assertNull(RangeChoice.CUSTOM.days(TODAY, null, "2026-01-04"));
        assertNull(RangeChoice.CUSTOM.days(TODAY, "2026-13-01", "2026-12-01"));
        assertNull(RangeChoice.CUSTOM.days(TODAY, "2023-01-01", "2026-12-31"));
    }

    private static DayRange range(String from, String to) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
