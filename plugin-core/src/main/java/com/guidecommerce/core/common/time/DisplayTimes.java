package com.guidecommerce.core.common.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * How the plugin writes moments for people, in one time zone: the store's where a store is concerned, HQ's
 * ({@code gc.default.timezone}) elsewhere ({@link StoreTimeZones} says which). Chinese readers get
 * {@code 2026-12-05 14:03}, others {@code Dec 5, 2026 2:03 PM}; files get {@code 2026-12-05 14:03:05}, which
 * spreadsheets read as a time. A period ends before its exclusive end, so people read the last day it covers. Every
 * admin page, grid, form and CSV export of the plugin formats through this class, never in the server's own zone.
 */
public final class DisplayTimes {

    private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ENGLISH_DATE_TIME =
            DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FILE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter FILE_DATE = CHINESE_DATE;

    private final ZoneId zone;

    public DisplayTimes(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** The zone as people are told it, e.g. {@code Asia/Shanghai}. */
    public String getZoneName() {
        return zone.getId();
    }

    /** A moment to the minute in the reader's format; empty for none. */
    public String dateTime(Date moment, Locale reader) {
        return format(moment, isChinese(reader) ? CHINESE_DATE_TIME : ENGLISH_DATE_TIME);
    }

    /** The day a moment falls on in the reader's format; empty for none. */
    public String date(Date moment, Locale reader) {
        return format(moment, isChinese(reader) ? CHINESE_DATE : ENGLISH_DATE);
    }

    /** The first and the last day of a period that ends before {@code exclusiveEnd}. */
    public String period(Date start, Date exclusiveEnd, Locale reader) {
        return date(start, reader) + " – " + date(lastMoment(exclusiveEnd), reader);
    }

    /** A moment to the second as files write it. */
    public String fileDateTime(Date moment) {
        return format(moment, FILE_DATE_TIME);
    }

    /** A day as files write it. */
    public String fileDate(Date moment) {
        return format(moment, FILE_DATE);
    }

    /** The last day of a period that ends before {@code exclusiveEnd}, as files write it. */
    public String fileLastDay(Date exclusiveEnd) {
        return fileDate(lastMoment(exclusiveEnd));
    }

    private static Date lastMoment(Date exclusiveEnd) {
        return exclusiveEnd == null ? null : new Date(exclusiveEnd.getTime() - 1);
    }

    private String format(Date moment, DateTimeFormatter format) {
        return moment == null ? "" : format.format(Instant.ofEpochMilli(moment.getTime()).atZone(zone));
    }

    private static boolean isChinese(Locale reader) {
        return reader != null && "zh".equals(reader.getLanguage());
    }
}
