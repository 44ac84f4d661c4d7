package com.guidecommerce.core.board.job;

import com.guidecommerce.core.board.service.RankBuildSummary;
import com.guidecommerce.core.board.service.RankSnapshotBuilder;
import com.guidecommerce.core.job.Job;

/**
 * The periodic rebuild of the rank snapshots of the open periods, every {@code gc.board.rankIntervalMinutes}
 * minutes. Safe to repeat at any point: each period is replaced whole in its own transaction, and a frozen period is
 * never touched. Runs through the {@link com.guidecommerce.core.job.JobRunner}, scheduled in the admin context only;
 * {@link com.guidecommerce.core.board.service.RankSnapshotService#rebuildNow} runs it at once.
 */
public class RankSnapshotJob implements Job<RankBuildSummary> {

    public static final String NAME = "RANK_SNAPSHOT";

    private final RankSnapshotBuilder builder;

    public RankSnapshotJob(RankSnapshotBuilder builder) {
        this.builder = builder;
    }

    /** The schedule of a rebuild every {@code minutes} minutes (from 1 to 59), as a cron expression. */
    public static String cronEvery(int minutes) {
        if (minutes < 1 || minutes > 59) {
            throw new IllegalArgumentException("gc.board.rankIntervalMinutes must be from 1 to 59, not " + minutes);
        }
        return "0 */" + minutes + " * * * *";
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RankBuildSummary run() {
        return builder.buildOpenPeriods();
    }

    @Override
    public String summarize(RankBuildSummary result) {
        return result.note();
    }
}
