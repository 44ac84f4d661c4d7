package com.guidecommerce.admin.organisation.rule;

import java.time.ZoneId;
import java.util.Set;

/**
 * Which time zone ids a store may carry. Only region ids from the tz database are accepted: offsets such as
 * {@code +08:00} or a mistyped name would make {@link java.util.TimeZone#getTimeZone(String)} fall back to GMT
 * without complaint, and "Wednesday" would then start eight hours late for a Shanghai store.
 */
public final class TimeZoneIds {

    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

    private TimeZoneIds() {
    }

    public static boolean isValid(String timeZoneId) {
        return timeZoneId != null && KNOWN.contains(timeZoneId);
    }
}
