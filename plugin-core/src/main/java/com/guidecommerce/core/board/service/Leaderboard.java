package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;

import java.io.Serializable;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The top of a scope's guides or stores by a metric over a range of days, best first: at most N entries, ties
 * sharing a rank (1, 2, 2, 4) and ordered by subject id among themselves. From a rank snapshot ({@link #getPeriodKey()}
 * and {@link #getBuiltAt()} set) or computed from the daily and monthly figures for a custom range (both null).
 */
public final class Leaderboard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BoardScope scope;
    private final SubjectKind subjectKind;
    private final Metric metric;
    private final DayRange range;
    private final String periodKey;
    private final Date builtAt;
    private final List<BoardEntry> entries;

    public Leaderboard(BoardScope scope, SubjectKind subjectKind, Metric metric, DayRange range, String periodKey,
                       Date builtAt, List<BoardEntry> entries) {
        this.scope = scope;
        this.subjectKind = subjectKind;
        this.metric = metric;
        this.range = range;
        this.periodKey = periodKey;
        this.builtAt = builtAt;
        this.entries = Collections.unmodifiableList(entries);
    }

    public BoardScope getScope() {
        return scope;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Metric getMetric() {
        return metric;
    }

    public DayRange getRange() {
        return range;
    }

    /** The snapshot's period key, or null for a board computed from figures. */
    public String getPeriodKey() {
        return periodKey;
    }

    /** When the snapshot was built, or null for a board computed from figures. */
    public Date getBuiltAt() {
        return builtAt;
    }

    public List<BoardEntry> getEntries() {
        return entries;
    }
}
