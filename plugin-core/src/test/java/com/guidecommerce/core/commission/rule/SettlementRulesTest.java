package com.guidecommerce.core.commission.rule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Settlement periods and statement numbers. */
class SettlementRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldRunAPeriodFromTheMonthsFirstMidnightInHqsZoneToTheNextMonths() {
        YearMonth november = YearMonth.of(2026, 11);

        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), SettlementPeriods.start(november, SHANGHAI).toInstant());
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), SettlementPeriods.end(november, SHANGHAI).toInstant());
    }

    @Test
    void shouldDefaultToTheLastMonthThatHasEndedInHqsZone() {
        Date firstOfDecemberInShanghai = Date.from(Instant.parse("2026-11-30T16:30:00Z"));

        assertEquals(YearMonth.of(2026, 11), SettlementPeriods.lastEndedMonth(firstOfDecemberInShanghai, SHANGHAI));
    }

    @Test
    void shouldReadAMonthOrNothing() {
        assertEquals(YearMonth.of(2026, 11), SettlementPeriods.parseMonth(" 2026-11 "));
        assertNull(SettlementPeriods.parseMonth("2026-13"));
        assertNull(SettlementPeriods.parseMonth("November"));
    }

    @Test
    void shouldNumberAStatementByMonthAndBeneficiary() {
        String prefix = StatementNumbers.prefix(SettlementPeriods.start(YearMonth.of(2026, 11), SHANGHAI), SHANGHAI);

        assertEquals("ST-202611-G0001", StatementNumbers.next(prefix, "G0001", Collections.<String>emptyList()));
        assertEquals("ST-202611-G0001-3", StatementNumbers.next(prefix, "G0001",
                Arrays.asList("ST-202611-G0001", "ST-202611-G0001-2")));
    }
}
