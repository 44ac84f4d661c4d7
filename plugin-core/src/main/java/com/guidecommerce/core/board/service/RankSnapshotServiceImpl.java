package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.job.RankSnapshotJob;
import com.guidecommerce.core.job.JobRun;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;

import java.util.List;

public class RankSnapshotServiceImpl implements RankSnapshotService {

    private final JobRunner jobRunner;
    private final RankSnapshotJob job;

    public RankSnapshotServiceImpl(JobRunner jobRunner, RankSnapshotJob job) {
        this.jobRunner = jobRunner;
        this.job = job;
    }

    @Override
    public JobRunResult<RankBuildSummary> rebuildNow(String startedBy) {
        return jobRunner.runNow(job, startedBy);
    }

    @Override
    public List<JobRun> lastRuns(int count) {
        return jobRunner.lastRuns(RankSnapshotJob.NAME, count);
    }
}
