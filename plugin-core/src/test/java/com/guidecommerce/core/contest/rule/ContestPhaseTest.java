package com.guidecommerce.core.contest.rule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A contest's phases in Shanghai's calendar, whatever the server's zone; the instants are UTC. */
class ContestPhaseTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.parse("2026-12-01");
    private static final LocalDate LAST = LocalDate.parse("2026-12-31");

    @Test
    void shouldRunFromTheFirstDaysMidnightToTheLastDaysEndInTheContestsCalendar() {
        assertEquals(ContestPhase.UPCOMING, at("2026-11-30T15:59:59Z"));
        assertEquals(ContestPhase.RUNNING, at("2026-11-30T16:00:00Z"));
        assertEquals(ContestPhase.RUNNING, at("2026-12-31T15:59:59Z"));
        assertEquals(ContestPhase.SETTLING, at("2026-12-31T16:00:00Z"));
    }

    @Test
    void shouldBecomeDueWhenTheReturnWindowAfterTheLastDayHasPassed() {
        assertEquals(ContestPhase.SETTLING, at("2027-01-07T15:59:59Z"));
        assertEquals(ContestPhase.DUE, at("2027-01-07T16:00:00Z"));
        assertEquals(Instant.parse("2027-01-07T16:00:00Z"), ContestPhase.finalAt(LAST, 7, SHANGHAI));
    }

    private static ContestPhase at(String instant) {
        return ContestPhase.at(Instant.parse(instant), FIRST, LAST, 7, SHANGHAI);
    }
}
