package com.guidecommerce.core.points.rule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * When points expire ({@code gc.points.expiry}): {@code END_OF_NEXT_YEAR} — points earned in year Y expire when Y+1
 * ends, years counted in HQ's time zone — or a whole number of days after they were earned.
 */
public final class PointsExpiry {

    public static final String END_OF_NEXT_YEAR = "END_OF_NEXT_YEAR";

    private final ZoneId zone;
    private final Integer days;

    public PointsExpiry(String setting, ZoneId zone) {
        this.zone = zone;
        String value = setting == null ? END_OF_NEXT_YEAR : setting.trim();
        if (END_OF_NEXT_YEAR.equalsIgnoreCase(value) || value.isEmpty()) {
            this.days = null;
        } else {
            try {
                this.days = Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gc.points.expiry must be END_OF_NEXT_YEAR or a number of days, not '"
                        + setting + "'", e);
            }
            if (days <= 0) {
                throw new IllegalArgumentException("gc.points.expiry must be a positive number of days, not " + days);
            }
        }
    }

    /** The first moment at which points earned at {@code earnedAt} are no longer usable. */
    public Date expiresAt(Date earnedAt) {
        Instant earned = earnedAt.toInstant();
        if (days != null) {
            return Date.from(earned.plus(Duration.ofDays(days)));
        }
        int year = earned.atZone(zone).getYear();
        return Date.from(LocalDate.of(year + 2, 1, 1).atStartOfDay(zone).toInstant());
    }
}
