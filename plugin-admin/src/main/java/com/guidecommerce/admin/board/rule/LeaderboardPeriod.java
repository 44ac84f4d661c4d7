package com.guidecommerce.admin.board.rule;

import com.guidecommerce.core.board.rule.PeriodKind;

/**
 * The periods HQ's leaderboard offers: today, this week and this month (read from the rank snapshots), or a custom
 * range of days (computed from the daily and monthly figures).
 */
public enum LeaderboardPeriod {

    TODAY(PeriodKind.DAY), THIS_WEEK(PeriodKind.WEEK), THIS_MONTH(PeriodKind.MONTH), CUSTOM(null);

    private final PeriodKind kind;

    LeaderboardPeriod(PeriodKind kind) {
        this.kind = kind;
    }

    /** The snapshot period kind; null for a custom range. */
    public PeriodKind getKind() {
        return kind;
    }

    /** The period with this name; this month for none or an unknown one. */
    public static LeaderboardPeriod of(String name) {
        for (LeaderboardPeriod period : values()) {
            if (period.name().equals(name)) {
                return period;
            }
        }
        return THIS_MONTH;
    }
}
