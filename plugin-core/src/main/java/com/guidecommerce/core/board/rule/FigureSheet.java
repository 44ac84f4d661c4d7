package com.guidecommerce.core.board.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Figures added up by key in memory before they are written: every fact adds to its guide's row for the store-local
 * day it happened and to the store's row for that day and the order's channel. Keys are kept sorted, the order in
 * which they are written (so that concurrent writers lock rows in one order).
 */
public final class FigureSheet {

    private final SortedMap<GuideDayKey, Measures> guideDays = new TreeMap<GuideDayKey, Measures>();
    private final SortedMap<StoreDayKey, Measures> storeDays = new TreeMap<StoreDayKey, Measures>();

    /**
     * Adds to the guide's and the store's figures of the store-local day of {@code at}.
     *
     * @param channelCode the order's channel; {@link StoreDayKey#NO_CHANNEL} for what no order caused
     */
    public void add(FigurePlace place, String channelCode, Date at, Measure metric, BigDecimal amount) {
        LocalDate day = at.toInstant().atZone(place.getZone()).toLocalDate();
        figures(guideDays, new GuideDayKey(day, place.getGuideId(), place.getStoreId()), place).add(metric, amount);
        figures(storeDays, new StoreDayKey(day, place.getStoreId(), channelCode), place).add(metric, amount);
    }

    public void addGuideDay(GuideDayKey key, Measures figures) {
        figures(guideDays, key, null).addAll(figures);
    }

    public void addStoreDay(StoreDayKey key, Measures figures) {
        figures(storeDays, key, null).addAll(figures);
    }

    public void addAll(FigureSheet other) {
        for (Map.Entry<GuideDayKey, Measures> row : other.guideDays.entrySet()) {
            addGuideDay(row.getKey(), row.getValue());
        }
        for (Map.Entry<StoreDayKey, Measures> row : other.storeDays.entrySet()) {
            addStoreDay(row.getKey(), row.getValue());
        }
    }

    /** The same figures added up per month (keys on the first day of their month), for these months only. */
    public FigureSheet monthsOf(Collection<LocalDate> months) {
        FigureSheet rolled = new FigureSheet();
        for (Map.Entry<GuideDayKey, Measures> row : guideDays.entrySet()) {
            if (months.contains(row.getKey().getDay().withDayOfMonth(1))) {
                rolled.addGuideDay(row.getKey().month(), row.getValue());
            }
        }
        for (Map.Entry<StoreDayKey, Measures> row : storeDays.entrySet()) {
            if (months.contains(row.getKey().getDay().withDayOfMonth(1))) {
                rolled.addStoreDay(row.getKey().month(), row.getValue());
            }
        }
        return rolled;
    }

    /** The rows of days {@code first} to {@code last} (inclusive) only. */
    public FigureSheet within(LocalDate first, LocalDate last) {
        FigureSheet kept = new FigureSheet();
        for (Map.Entry<GuideDayKey, Measures> row : guideDays.entrySet()) {
            if (!row.getKey().getDay().isBefore(first) && !row.getKey().getDay().isAfter(last)) {
                kept.addGuideDay(row.getKey(), row.getValue());
            }
        }
        for (Map.Entry<StoreDayKey, Measures> row : storeDays.entrySet()) {
            if (!row.getKey().getDay().isBefore(first) && !row.getKey().getDay().isAfter(last)) {
                kept.addStoreDay(row.getKey(), row.getValue());
            }
        }
        return kept;
    }

    /** The months (first days) the sheet's days fall in, in order. */
    public SortedSet<LocalDate> months() {
        SortedSet<LocalDate> months = new TreeSet<LocalDate>();
        for (GuideDayKey key : guideDays.keySet()) {
            months.add(key.getDay().withDayOfMonth(1));
        }
        for (StoreDayKey key : storeDays.keySet()) {
            months.add(key.getDay().withDayOfMonth(1));
        }
        return months;
    }

    public boolean isEmpty() {
        return guideDays.isEmpty() && storeDays.isEmpty();
    }

    public SortedMap<GuideDayKey, Measures> getGuideDays() {
        return guideDays;
    }

    public SortedMap<StoreDayKey, Measures> getStoreDays() {
        return storeDays;
    }

    public void clear() {
        guideDays.clear();
        storeDays.clear();
    }

    private static <K> Measures figures(SortedMap<K, Measures> rows, K key, FigurePlace place) {
        Measures figures = rows.get(key);
        if (figures == null) {
            figures = new Measures();
            rows.put(key, figures);
        }
        if (place != null) {
            figures.place(place.getRegionId(), place.getFranchiseeId());
        }
        return figures;
    }
}
