package com.guidecommerce.site.common;

import com.guidecommerce.core.organisation.domain.Store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Formats moments as a calendar in an explicit zone shows them, whatever zone the server runs in: binding dates in the
 * store's zone (a binding that ends at 01:00 on the 2nd in Shanghai ends on the 2nd for the guide and the member),
 * own-mall order times in HQ's zone ({@code gc.default.timezone}), with the zone named beside them.
 */
public final class StoreDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private StoreDates() {
    }

    /** The day of {@code date} in {@code zone}, e.g. {@code 2026-03-01}; {@code null} for a {@code null} date. */
    public static String day(Date date, TimeZone zone) {
        return date == null ? null : DAY.format(date.toInstant().atZone(zone.toZoneId()));
    }

    /** The day of {@code date} in the store's time zone (every guide has a store). */
    public static String day(Date date, Store store) {
        return day(date, store.getTimeZone());
    }

    /** Day and minute of {@code date} in {@code zone}, e.g. {@code 2026-03-01 09:30}; {@code null} for no date. */
    public static String minute(Date date, ZoneId zone) {
        return date == null ? null : MINUTE.format(date.toInstant().atZone(zone));
    }

    /**
     * The zone's name for a reader, with its offset at {@code at} so that nobody takes it for their own zone:
     * {@code China Time UTC+08:00}, {@code 中国时间 UTC+08:00}.
     */
    public static String zoneName(ZoneId zone, Locale locale, Date at) {
        ZoneOffset offset = zone.getRules().getOffset(at == null ? Instant.EPOCH : at.toInstant());
        String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        return zone.getDisplayName(TextStyle.FULL, locale) + " " + utc;
    }
}
