package com.guidecommerce.site.common;

import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StoreDatesTest {

    /** 2026-03-01 17:30 UTC, already 2026-03-02 01:30 in Shanghai. */
    private static final Date LATE_EVENING_UTC = new Date(1_772_386_200_000L);

    @Test
    void shouldUseTheStoresCalendarDay() {
        assertEquals("2026-03-02", StoreDates.day(LATE_EVENING_UTC, TimeZone.getTimeZone("Asia/Shanghai")));
        assertEquals("2026-03-01", StoreDates.day(LATE_EVENING_UTC, TimeZone.getTimeZone("UTC")));
    }

    @Test
    void shouldShowNothingForNoDate() {
        assertNull(StoreDates.day(null, TimeZone.getTimeZone("Asia/Shanghai")));
    }
}
