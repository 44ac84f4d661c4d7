package com.guidecommerce.core.job;

/** Where a job run stands in GC_JOB_RUN. */
public enum JobOutcome {

    /** Started and not finished yet. */
    RUNNING,
    SUCCEEDED,
    /** The body threw; the summary names the error, the node's log has the rest. */
    FAILED,
    /** Its node stopped before the run ended; the next run of the job marks it so. */
    INTERRUPTED
}
