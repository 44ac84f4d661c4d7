package com.guidecommerce.core.points.rule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PointsExpiryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldExpireAtTheEndOfTheFollowingYearInHeadquartersTime() {
        PointsExpiry expiry = new PointsExpiry(PointsExpiry.END_OF_NEXT_YEAR, SHANGHAI);

        Date expires = expiry.expiresAt(Date.from(Instant.parse("2026-03-01T02:00:00Z")));

        assertEquals(Instant.parse("2027-12-31T16:00:00Z"), expires.toInstant());
    }

    @Test
    void shouldCountTheYearInHeadquartersTimeNotUtc() {
        PointsExpiry expiry = new PointsExpiry(PointsExpiry.END_OF_NEXT_YEAR, SHANGHAI);

        // 2026-12-31 17:00 UTC is already 2027-01-01 in Shanghai.
        Date expires = expiry.expiresAt(Date.from(Instant.parse("2026-12-31T17:00:00Z")));

        assertEquals(Instant.parse("2028-12-31T16:00:00Z"), expires.toInstant());
    }

    @Test
    void shouldExpireANumberOfDaysAfterEarningWhenSetToDays() {
        PointsExpiry expiry = new PointsExpiry("90", SHANGHAI);

        Date expires = expiry.expiresAt(Date.from(Instant.parse("2026-03-01T02:00:00Z")));

        assertEquals(Instant.parse("2026-05-30T02:00:00Z"), expires.toInstant());
    }

    @Test
    void shouldRefuseASettingThatIsNeitherRuleNorDays() {
        assertThrows(IllegalArgumentException.class, () -> new PointsExpiry("NEVER", SHANGHAI));
        assertThrows(IllegalArgumentException.class, () -> new PointsExpiry("0", SHANGHAI));
    }
}
