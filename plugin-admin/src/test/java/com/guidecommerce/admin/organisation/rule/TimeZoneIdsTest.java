package com.guidecommerce.admin.organisation.rule;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeZoneIdsTest {

    @Test
    void shouldAcceptTzDatabaseRegionIds() {
        assertTrue(TimeZoneIds.isValid("Asia/Shanghai"));
        assertTrue(TimeZoneIds.isValid("Asia/Urumqi"));
        assertTrue(TimeZoneIds.isValid("Europe/Paris"));
    }

    @Test
    void shouldRejectMisspelledZone() {
        assertFalse(TimeZoneIds.isValid("Asia/Shangai"));
    }

    @Test
    void shouldRejectZoneInWrongCase() {
        assertFalse(TimeZoneIds.isValid("asia/shanghai"));
    }

    @Test
    void shouldRejectBareOffsets() {
        assertFalse(TimeZoneIds.isValid("+08:00"));
        assertFalse(TimeZoneIds.isValid("UTC+8"));
    }

    @Test
    void shouldRejectMissingId() {
        assertFalse(TimeZoneIds.isValid(null));
        assertFalse(TimeZoneIds.isValid(""));
    }
}
