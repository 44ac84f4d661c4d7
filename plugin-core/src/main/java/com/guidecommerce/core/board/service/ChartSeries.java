package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.DayRange;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * A metric of a scope over a range, per day or, for ranges longer than {@link #MAX_DAILY_DAYS} days, per calendar
 * month (the first bucket and the last may be part of a month), split into lines: the top K by their total over the
 * range, largest first, then "others" when there are more.
 */
public final class ChartSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest range charted per day. */
    public static final int MAX_DAILY_DAYS = 62;

    private final BoardScope scope;
    private final Metric metric;
    private final DayRange range;
    private final boolean monthly;
    private final List<LocalDate> buckets;
    private final List<SeriesLine> lines;

    public ChartSeries(BoardScope scope, Metric metric, DayRange range, boolean monthly, List<LocalDate> buckets,
                       List<SeriesLine> lines) {
        this.scope = scope;
        this.metric = metric;
        this.range = range;
        this.monthly = monthly;
        this.buckets = Collections.unmodifiableList(buckets);
        this.lines = Collections.unmodifiableList(lines);
    }

    public BoardScope getScope() {
        return scope;
    }

    public Metric getMetric() {
        return metric;
    }

    public DayRange getRange() {
        return range;
    }

    /** Whether a bucket is a month (else a day). */
    public boolean isMonthly() {
        return monthly;
    }

    /** The first day of each bucket (within the range), in order. */
    public List<LocalDate> getBuckets() {
        return buckets;
    }

    public List<SeriesLine> getLines() {
        return lines;
    }
}
