package com.guidecommerce.core.job;

import java.io.Serializable;

/**
 * What became of a request to run a job: it ran (or failed) here, it is running on another node (the holder), or this
 * turn of its schedule already ran (the earlier run). Serializable when the job's result is, so that an admin page
 * can carry it across a redirect in the session.
 *
 * @param <T> what the job returns
 */
public final class JobRunResult<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a request to run a job ended. */
    public enum Status {
        RAN,
        FAILED,
        /** Another run holds the job's lock: nothing was done. */
        BUSY,
        /** A scheduled turn that another node already ran: nothing was done. */
        ALREADY_RAN
    }

    private final Status status;
    private final T result;
    private final JobRun run;
    private final JobHolder holder;

    private JobRunResult(Status status, T result, JobRun run, JobHolder holder) {
        this.status = status;
        this.result = result;
        this.run = run;
        this.holder = holder;
    }

    public static <T> JobRunResult<T> ran(T result, JobRun run) {
        return new JobRunResult<T>(Status.RAN, result, run, null);
    }

    public static <T> JobRunResult<T> failed(JobRun run) {
        return new JobRunResult<T>(Status.FAILED, null, run, null);
    }

    public static <T> JobRunResult<T> busy(JobHolder holder) {
        return new JobRunResult<T>(Status.BUSY, null, null, holder);
    }

    public static <T> JobRunResult<T> alreadyRan(JobRun earlier) {
        return new JobRunResult<T>(Status.ALREADY_RAN, null, earlier, null);
    }

    public Status getStatus() {
        return status;
    }

    public boolean isRan() {
        return status == Status.RAN;
    }

    public boolean isFailed() {
        return status == Status.FAILED;
    }

    public boolean isBusy() {
        return status == Status.BUSY;
    }

    /** The job's result when it ran; null otherwise. */
    public T getResult() {
        return result;
    }

    /** The run made here (ran, failed), or the earlier run of the same turn (already ran); null when busy. */
    public JobRun getRun() {
        return run;
    }

    /** Who holds the job's lock when busy; null otherwise. */
    public JobHolder getHolder() {
        return holder;
    }
}
