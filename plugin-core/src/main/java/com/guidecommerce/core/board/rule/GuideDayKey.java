package com.guidecommerce.core.board.rule;

import java.time.LocalDate;

/**
 * The key of a guide's figures: (day, guide, store), ordered so in that order. The day is a store-local calendar day,
 * or the first day of a month for monthly rollups.
 */
public final class GuideDayKey implements Comparable<GuideDayKey> {

    private final LocalDate day;
    private final long guideId;
    private final long storeId;

    public GuideDayKey(LocalDate day, long guideId, long storeId) {
        this.day = day;
        this.guideId = guideId;
        this.storeId = storeId;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getGuideId() {
        return guideId;
    }

    public long getStoreId() {
        return storeId;
    }

    /** The same guide and store on the first day of the day's month. */
    public GuideDayKey month() {
        return new GuideDayKey(day.withDayOfMonth(1), guideId, storeId);
    }

    @Override
    public int compareTo(GuideDayKey other) {
        int byDay = day.compareTo(other.day);
        if (byDay != 0) {
            return byDay;
        }
        int byGuide = Long.compare(guideId, other.guideId);
        return byGuide != 0 ? byGuide : Long.compare(storeId, other.storeId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuideDayKey && compareTo((GuideDayKey) o) == 0;
    }

    @Override
    public int hashCode() {
        return (day.hashCode() * 31 + Long.hashCode(guideId)) * 31 + Long.hashCode(storeId);
    }

    @Override
    public String toString() {
        return day + "/guide " + guideId + "/store " + storeId;
    }
}
