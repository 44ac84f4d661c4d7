package com.guidecommerce.site.common;

import com.guidecommerce.core.organisation.domain.Store;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/**
 * Formats binding dates as the store's calendar shows them: a binding that ends at 01:00 on the 2nd in Shanghai
 * ends on the 2nd for the guide and the member, whatever time zone the server runs in.
 */
public final class StoreDates {

    private static final String DAY = "yyyy-MM-dd";

    private StoreDates() {
    }

    /** The day of {@code date} in {@code zone}, e.g. {@code 2026-03-01}; {@code null} for a {@code null} date. */
    public static String day(Date date, TimeZone zone) {
        if (date == null) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat(DAY);
        format.setTimeZone(zone);
        return format.format(date);
    }

    /** The day of {@code date} in the store's time zone (every guide has a store). */
    public static String day(Date date, Store store) {
        return day(date, store.getTimeZone());
    }
}
