package com.guidecommerce.core.job;

import java.util.Date;
import java.util.List;

/**
 * The one way a {@link Job} runs. Before the job's body runs, the runner takes the job's lock in GC_JOB_LOCK (shared
 * by every node on the database) for a lease that it renews while the body runs; if another run holds the lock,
 * nothing runs and the answer names the holder. Each run is recorded in GC_JOB_RUN with its node, start, end,
 * outcome and summary. A node that dies while running leaves its lock to expire with the lease, and its run is marked
 * interrupted by the next run. Bean {@code gcJobRunner}.
 */
public interface JobRunner {

    /** Runs the job now on this node unless a run holds its lock. {@code startedBy}: the admin user's login. */
    <T> JobRunResult<T> runNow(Job<T> job, String startedBy);

    /**
     * Runs one turn of the job's schedule: every node that schedules the job calls this at each turn, and only the
     * first to get the lock runs it; later callers find the turn done (or the job running) and do nothing.
     */
    <T> JobRunResult<T> runScheduled(Job<T> job, Date turn);

    /** The job's latest runs on any node, newest first. */
    List<JobRun> lastRuns(String jobName, int count);

    /** This node's name, as locks and run records show it. */
    String getNodeName();
}
