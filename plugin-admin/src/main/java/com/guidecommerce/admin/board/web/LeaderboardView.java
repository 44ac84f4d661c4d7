package com.guidecommerce.admin.board.web;

import com.guidecommerce.core.board.rule.DayRange;

import java.util.Date;
import java.util.List;

/**
 * What HQ's leaderboard page shows, and its CSV writes: the board's scope, subject, metric and period (each a code
 * with its label in the reader's language), the days it covers in HQ's zone, when its snapshot was built (none for a
 * board computed from the figures), and its rows.
 */
public final class LeaderboardView {

    /** A code and its label in the reader's language, and the name of what it names (a region's, a store's). */
    public static final class Choice {
        private final String code;
        private final String label;
        private final String name;

        Choice(String code, String label, String name) {
            this.code = code;
            this.label = label;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        /** The region's or store's code and name; null for the nation and for subjects, metrics and periods. */
        public String getName() {
            return name;
        }
    }

    private final Choice scope;
    private final Choice subject;
    private final Choice metric;
    private final Choice period;
    private final DayRange days;
    private final String zoneName;
    private final Date builtAt;
    private final List<LeaderboardRow> rows;

    LeaderboardView(Choice scope, Choice subject, Choice metric, Choice period, DayRange days, String zoneName,
                    Date builtAt, List<LeaderboardRow> rows) {
        this.scope = scope;
        this.subject = subject;
        this.metric = metric;
        this.period = period;
        this.days = days;
        this.zoneName = zoneName;
        this.builtAt = builtAt;
        this.rows = rows;
    }

    public Choice getScope() {
        return scope;
    }

    public Choice getSubject() {
        return subject;
    }

    public Choice getMetric() {
        return metric;
    }

    public Choice getPeriod() {
        return period;
    }

    public DayRange getDays() {
        return days;
    }

    public String getZoneName() {
        return zoneName;
    }

    /** When the rank snapshot was built; null when the board was computed from the figures. */
    public Date getBuiltAt() {
        return builtAt;
    }

    /** Whether rows name the guide's store (boards of guides). */
    public boolean isGuides() {
        return "GUIDE".equals(subject.getCode());
    }

    public List<LeaderboardRow> getRows() {
        return rows;
    }
}
