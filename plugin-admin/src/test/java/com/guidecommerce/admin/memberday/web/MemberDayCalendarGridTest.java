package com.guidecommerce.admin.memberday.web;

import com.guidecommerce.core.memberday.rule.CalendarConflict;
import com.guidecommerce.core.memberday.rule.CalendarDays;
import com.guidecommerce.core.memberday.service.CalendarDay;
import com.guidecommerce.core.memberday.service.CalendarView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the calendar page lays out its days and reads its product ids. */
class MemberDayCalendarGridTest {

    @Test
    void shouldLayAMonthOutInWeeksFromMondayPaddedAtBothEnds() {
        // December 2026 starts on a Tuesday and ends on a Thursday.
        List<List<CalendarDay>> weeks = MemberDayCalendarController.weeksOf(view(CalendarDays.month(YearMonth.of(2026, 12))));

        assertEquals(5, weeks.size());
        assertNull(weeks.get(0).get(0));
        assertEquals(LocalDate.of(2026, 12, 1), weeks.get(0).get(1).getDate());
        assertEquals(LocalDate.of(2026, 12, 31), weeks.get(4).get(3).getDate());
        assertNull(weeks.get(4).get(4));
        for (List<CalendarDay> week : weeks) {
            assertEquals(7, week.size());
        }
    }

    @Test
    void shouldLayAWeekOutInOneRow() {
        List<List<CalendarDay>> weeks = MemberDayCalendarController.weeksOf(view(CalendarDays.week(LocalDate.of(2026, 12, 9))));

        assertEquals(1, weeks.size());
        assertEquals(LocalDate.of(2026, 12, 7), weeks.get(0).get(0).getDate());
    }

    @Test
    void shouldReadProductIdsSeparatedByCommasOrSpaces() {
        assertEquals(Arrays.asList(3L, 5L, 8L), MemberDayCalendarController.productIds(" 3, 5\uFF0C 8 "));
        assertEquals(Collections.<Long>emptyList(), MemberDayCalendarController.productIds("  "));
        assertThrows(NumberFormatException.class, () -> MemberDayCalendarController.productIds("3, coat"));
    }

    private static CalendarView view(List<LocalDate> dates) {
        List<CalendarDay> days = new ArrayList<CalendarDay>();
        for (LocalDate date : dates) {
            days.add(new CalendarDay(date, false, Collections.emptyList(), Collections.emptyList(),
                    Collections.<CalendarConflict>emptyList()));
        }
        return new CalendarView(null, ZoneId.of("Asia/Shanghai"), Arrays.asList("GOLD"), days,
                Collections.<CalendarConflict>emptyList());
    }
}
