package com.guidecommerce.core.board.rule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankCalendarTest {

    private static final List<ZoneId> SHANGHAI_AND_LONDON = Arrays.asList(ZoneId.of("Asia/Shanghai"),
            ZoneId.of("Europe/London"));

    @Test
    void shouldHaveTwoTodaysWhenMidnightHasPassedInOneZoneOnly() {
        // 17:00 in London on Monday 30 November is 01:00 on Tuesday 1 December in Shanghai.
        Instant now = Instant.parse("2026-11-30T17:00:00Z");

        TreeSet<RankPeriodKey> current = new TreeSet<RankPeriodKey>(new RankCalendar(1).current(now,
                SHANGHAI_AND_LONDON));

        assertEquals(Arrays.asList("D2026-11-30", "D2026-12-01", "W2026-11-30", "M2026-11", "M2026-12"),
                keys(current));
    }

    @Test
    void shouldCloseAPeriodOnlyOnceItsEndAndTheGraceHavePassedInEveryZone() {
        RankCalendar calendar = new RankCalendar(1);
        RankPeriodKey november = RankPeriodKey.parse("M2026-11");

        // 2 December in Shanghai, still 1 December in London: the grace day has not passed everywhere.
        assertFalse(calendar.isClosed(november, Instant.parse("2026-12-01T17:00:00Z"), SHANGHAI_AND_LONDON));
        assertTrue(calendar.isClosed(november, Instant.parse("2026-12-02T00:30:00Z"), SHANGHAI_AND_LONDON));
        assertFalse(calendar.isClosed(november, Instant.parse("2026-12-01T12:00:00Z"),
                Collections.singletonList(ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void shouldNameWeeksByTheirMondayAndParseWhatTheyName() {
        RankPeriodKey week = RankPeriodKey.of(PeriodKind.WEEK, LocalDate.of(2026, 12, 6));

        assertEquals("W2026-11-30", week.getKey());
        assertEquals(LocalDate.of(2026, 12, 6), week.getTo());
        assertEquals(week, RankPeriodKey.parse("W2026-11-30"));
        assertEquals(LocalDate.of(2026, 2, 28), RankPeriodKey.parse("M2026-02").getTo());
    }

    private static List<String> keys(TreeSet<RankPeriodKey> periods) {
        List<String> keys = new java.util.ArrayList<String>();
        for (RankPeriodKey period : periods) {
            keys.add(period.getKey());
        }
        return keys;
    }
}
