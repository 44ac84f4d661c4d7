package com.guidecommerce.core.job;

/**
 * A piece of periodic work of the plugin (the member review, the ledger release, …). A job is only ever started
 * through the {@link JobRunner}: by its schedule ({@link ScheduledJob}) or by HQ on an admin page
 * ({@link JobRunner#runNow}). The runner takes the job's lock in the database first, so that of all the nodes of a
 * cluster one at a time runs it, and records every run.
 *
 * <p>To add a job: implement this interface, declare the job in {@code gc-core-applicationContext.xml} and its schedule
 * as a {@link ScheduledJob} in {@code gc-admin-applicationContext.xml}; never schedule the job bean itself. Its body must
 * be safe to run again after a run that stopped half way, since a node can die at any point: the next run (on any
 * node) picks up what is left.
 *
 * @param <T> what a run returns to the caller that started it
 */
public interface Job<T> {

    /** The job's key in GC_JOB_LOCK and GC_JOB_RUN, at most 64 characters; keep it once deployed. */
    String getName();

    /** Does the work once. */
    T run();

    /**
     * One line about a run's result for the run record HQ reads: {@link com.guidecommerce.core.common.Note}s, which
     * the admin shows in its reader's language.
     */
    String summarize(T result);
}
