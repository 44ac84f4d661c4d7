package com.guidecommerce.core.tier.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TierPeriodTest {

    @Test
    void shouldNameAMonthAndItsDays() {
        TierPeriod period = TierPeriod.containing(TierPeriod.Kind.MONTH, LocalDate.of(2024, 2, 17));

        assertEquals("2024-02", period.getKey());
        assertEquals(LocalDate.of(2024, 2, 1), period.getFirstDay());
        assertEquals(LocalDate.of(2024, 2, 29), period.getLastDay());
    }

    @Test
    void shouldNameAQuarterAndItsDays() {
        TierPeriod period = TierPeriod.containing(TierPeriod.Kind.QUARTER, LocalDate.of(2026, 11, 30));

        assertEquals("2026-Q4", period.getKey());
        assertEquals(LocalDate.of(2026, 10, 1), period.getFirstDay());
        assertEquals(LocalDate.of(2026, 12, 31), period.getLastDay());
    }

    @Test
    void shouldSettleAMonthOnlyOnceItsReturnWindowHasPassed() {
        assertEquals("2026-10", TierPeriod.lastSettled(TierPeriod.Kind.MONTH, LocalDate.of(2026, 12, 7), 7).getKey());
        assertEquals("2026-11", TierPeriod.lastSettled(TierPeriod.Kind.MONTH, LocalDate.of(2026, 12, 8), 7).getKey());
    }

    @Test
    void shouldSettleTheLastQuarterOfAYearInTheNextYear() {
        assertEquals("2026-Q4", TierPeriod.lastSettled(TierPeriod.Kind.QUARTER, LocalDate.of(2027, 1, 15), 7).getKey());
    }

    @Test
    void shouldParseTheKeysItWrites() {
        assertEquals(TierPeriod.containing(TierPeriod.Kind.QUARTER, LocalDate.of(2026, 5, 1)),
                TierPeriod.parse("2026-q2"));
        assertEquals(TierPeriod.containing(TierPeriod.Kind.MONTH, LocalDate.of(2026, 12, 1)),
                TierPeriod.parse("2026-12"));
    }

    @Test
    void shouldRefuseWhatIsNoPeriod() {
        TierException refused = assertThrows(TierException.class, () -> TierPeriod.parse("2026-13"));

        assertEquals(TierError.BAD_PERIOD, refused.getError());
    }

    @Test
    void shouldRefuseAnUnknownPeriodSetting() {
        TierException refused = assertThrows(TierException.class, () -> TierPeriod.Kind.of("WEEK"));

        assertEquals(TierError.BAD_SETTING, refused.getError());
    }
}
