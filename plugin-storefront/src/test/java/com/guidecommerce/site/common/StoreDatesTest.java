package com.guidecommerce.site.common;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreDatesTest {

    /** 2026-03-01 17:30 UTC, already 2026-03-02 01:30 in Shanghai. */
    private static final Date LATE_EVENING_UTC = new Date(1_772_386_200_000L);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldUseTheStoresCalendarDay() {
        assertEquals("2026-03-02", StoreDates.day(LATE_EVENING_UTC, TimeZone.getTimeZone("Asia/Shanghai")));
        assertEquals("2026-03-01", StoreDates.day(LATE_EVENING_UTC, TimeZone.getTimeZone("UTC")));
    }

    @Test
    void shouldShowNothingForNoDate() {
        assertNull(StoreDates.day(null, TimeZone.getTimeZone("Asia/Shanghai")));
        assertNull(StoreDates.minute(null, SHANGHAI));
    }

    @Test
    void shouldShowTheMinuteInTheGivenZoneWhateverTheServersZone() {
        TimeZone serverZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));

            assertEquals("2026-03-02 01:30", StoreDates.minute(LATE_EVENING_UTC, SHANGHAI));
            assertEquals("2026-03-01 17:30", StoreDates.minute(LATE_EVENING_UTC, ZoneId.of("UTC")));
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }

    @Test
    void shouldNameTheZoneWithItsOffsetInTheReadersLanguage() {
        String english = StoreDates.zoneName(SHANGHAI, Locale.US, LATE_EVENING_UTC);
        String chinese = StoreDates.zoneName(SHANGHAI, Locale.SIMPLIFIED_CHINESE, LATE_EVENING_UTC);

        assertTrue(english.endsWith(" UTC+08:00"), english);
        assertTrue(chinese.endsWith(" UTC+08:00"), chinese);
        assertTrue(english.matches("[A-Za-z ]+ UTC\\+08:00"), english);
        assertTrue(chinese.matches("\\p{IsHan}+ UTC\\+08:00"), chinese);
        assertEquals("UTC", StoreDates.zoneName(ZoneId.of("UTC"), Locale.US, LATE_EVENING_UTC)
                .replaceAll(".* ", ""));
    }
}
