package com.guidecommerce.core.board.rule;

import java.time.LocalDate;

/**
 * The key of a store's figures: (day, store, channel), ordered so in that order. The channel is the order's; figures
 * not from an order (bindings, new members) have the channel {@link #NO_CHANNEL}.
 */
public final class StoreDayKey implements Comparable<StoreDayKey> {

    public static final String NO_CHANNEL = "";

    private final LocalDate day;
    private final long storeId;
    private final String channelCode;

    public StoreDayKey(LocalDate day, long storeId, String channelCode) {
        this.day = day;
        this.storeId = storeId;
        this.channelCode = channelCode == null ? NO_CHANNEL : channelCode;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getChannelCode() {
        return channelCode;
    }

    /** The same store and channel on the first day of the day's month. */
    public StoreDayKey month() {
        return new StoreDayKey(day.withDayOfMonth(1), storeId, channelCode);
    }

    @Override
    public int compareTo(StoreDayKey other) {
        int byDay = day.compareTo(other.day);
        if (byDay != 0) {
            return byDay;
        }
        int byStore = Long.compare(storeId, other.storeId);
        return byStore != 0 ? byStore : channelCode.compareTo(other.channelCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreDayKey && compareTo((StoreDayKey) o) == 0;
    }

    @Override
    public int hashCode() {
        return (day.hashCode() * 31 + Long.hashCode(storeId)) * 31 + channelCode.hashCode();
    }

    @Override
    public String toString() {
        return day + "/store " + storeId + "/channel " + channelCode;
    }
}
