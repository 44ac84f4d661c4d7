package com.guidecommerce.core.job;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.dao.DuplicateKeyException;

import java.util.Date;
import java.util.List;

/** The job runner over {@link JobLocks} and {@link JdbcJobRuns}; see {@link JobRunner}. */
public class JobRunnerImpl implements JobRunner {

    private static final Log LOG = LogFactory.getLog(JobRunnerImpl.class);

    private final JobLocks locks;
    private final JdbcJobRuns runs;

    public JobRunnerImpl(JobLocks locks, JdbcJobRuns runs) {
        this.locks = locks;
        this.runs = runs;
    }

    @Override
    public <T> JobRunResult<T> runNow(Job<T> job, String startedBy) {
        return run(job, startedBy, null);
    }

    @Override
    public <T> JobRunResult<T> runScheduled(Job<T> job, Date turn) {
        if (turn == null) {
            throw new IllegalArgumentException("A scheduled run needs its turn");
        }
        return run(job, null, turn);
    }

    @Override
    public List<JobRun> lastRuns(String jobName, int count) {
        return runs.last(jobName, count);
    }

    @Override
    public String getNodeName() {
        return locks.getNodeName();
    }

    private <T> JobRunResult<T> run(Job<T> job, String startedBy, Date turn) {
        String name = job.getName();
        HeldJobLock lock = locks.tryLock(name);
        if (lock == null) {
            JobHolder holder = locks.holder(name);
            LOG.info("Job " + name + " not started on " + getNodeName() + ": it is running on "
                    + (holder == null ? "another node" : holder.getNodeName() + " since " + holder.getSince()));
            return JobRunResult.busy(holder);
        }
        try {
            if (turn != null) {
                JobRun earlier = runs.findTurn(name, turn);
                if (earlier != null) {
                    return alreadyRan(earlier);
                }
            }
            runs.markInterrupted(name);
            JobRun run;
            try {
                run = runs.start(name, getNodeName(), startedBy, turn, SystemTime.asDate());
            } catch (DuplicateKeyException raced) {
                return alreadyRan(runs.findTurn(name, turn));
            }
            return execute(job, run);
        } finally {
            lock.release();
        }
    }

    private <T> JobRunResult<T> execute(Job<T> job, JobRun run) {
        LOG.info("Job " + job.getName() + " started on " + run.getNodeName()
                + (run.isScheduled() ? " for its turn of " + run.getScheduledFor() : " by " + run.getStartedBy()));
        T result;
        try {
            result = job.run();
        } catch (RuntimeException e) {
            LOG.error("Job " + job.getName() + " failed on " + run.getNodeName(), e);
            return JobRunResult.failed(runs.finish(run, JobOutcome.FAILED, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), SystemTime.asDate()));
        }
        JobRun finished = runs.finish(run, JobOutcome.SUCCEEDED, job.summarize(result), SystemTime.asDate());
        LOG.info("Job " + job.getName() + " finished on " + run.getNodeName() + ": " + finished.getSummary());
        return JobRunResult.ran(result, finished);
    }

    private static <T> JobRunResult<T> alreadyRan(JobRun earlier) {
        LOG.info("Job " + earlier.getJobName() + ": the turn of " + earlier.getScheduledFor() + " already ran on "
                + earlier.getNodeName());
        return JobRunResult.alreadyRan(earlier);
    }
}
