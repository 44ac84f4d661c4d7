package com.guidecommerce.core.board.service;

import com.guidecommerce.core.job.JobRun;
import com.guidecommerce.core.job.JobRunResult;

import java.util.List;

/** Runs the rank snapshot job on demand and lists its runs. Bean {@code gcRankSnapshotService}. */
public interface RankSnapshotService {

    /**
     * Rebuilds the open periods now on this node, through the job runner (so never at the same time as a scheduled
     * run on any node; the answer is busy then). {@code startedBy}: the admin user's login.
     */
    JobRunResult<RankBuildSummary> rebuildNow(String startedBy);

    /** The job's latest runs on any node, newest first. */
    List<JobRun> lastRuns(int count);
}
