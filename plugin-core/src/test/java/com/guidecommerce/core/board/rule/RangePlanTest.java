package com.guidecommerce.core.board.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RangePlanTest {

    private static final RangePlan.MonthCheck FEBRUARY_AND_MARCH = month ->
            month.equals(YearMonth.of(2030, 2)) || month.equals(YearMonth.of(2030, 3));

    @Test
    void shouldReadWholeRolledUpMonthsFromMonthsAndTheRestByDays() {
        RangePlan plan = RangePlan.of(range("2030-01-15", "2030-05-10"), FEBRUARY_AND_MARCH);

        assertEquals(Arrays.asList(YearMonth.of(2030, 2), YearMonth.of(2030, 3)), plan.getMonths());
        assertEquals(Arrays.asList(range("2030-01-15", "2030-01-31"), range("2030-04-01", "2030-05-10")),
                plan.getDays());
    }

    @Test
    void shouldReadAMonthByDaysWhenTheRangeCoversOnlyPartOfIt() {
        RangePlan plan = RangePlan.of(range("2030-02-02", "2030-03-31"), FEBRUARY_AND_MARCH);

        assertEquals(Collections.singletonList(YearMonth.of(2030, 3)), plan.getMonths());
        assertEquals(Collections.singletonList(range("2030-02-02", "2030-02-28")), plan.getDays());
    }

    @Test
    void shouldReadDaysOnlyWhenNoMonthIsRolledUp() {
        RangePlan plan = RangePlan.of(range("2030-01-01", "2030-12-31"), month -> false);

        assertEquals(Collections.emptyList(), plan.getMonths());
        assertEquals(Collections.singletonList(range("2030-01-01", "2030-12-31")), plan.getDays());
    }

    private static DayRange range(String from, String to) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
