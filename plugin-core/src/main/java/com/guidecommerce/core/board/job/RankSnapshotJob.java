package com.guidecommerce.core.board.job;

import com.guidecommerce.core.board.service.RankBuildSummary;
import com.guidecommerce.core.board.service.RankSnapshotBuilder;
import com.guidecommerce.core.job.Job;

/**
 * The periodic rebuild of the rank snapshots of the open periods, every {@code gc.board.rankIntervalMinutes}
 * minutes (at the cron {@code gc.board.rankCron}, which follows the interval unless set). Safe to repeat at any point: each period is replaced whole in its own transaction, and a frozen period is
 * never touched. Runs through the {@link com.guidecommerce.core.job.JobRunner}, scheduled in the admin context only;
 * {@link com.guidecommerce.core.board.service.RankSnapshotService#rebuildNow} runs it at once.
 */
public class RankSnapshotJob implements Job<RankBuildSummary> {

    public static final String NAME = "RANK_SNAPSHOT";

    private final RankSnapshotBuilder builder;

    public RankSnapshotJob(RankSnapshotBuilder builder) {
        this.builder = builder;
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
