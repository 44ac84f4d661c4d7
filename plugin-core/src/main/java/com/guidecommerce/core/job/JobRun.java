package com.guidecommerce.core.job;

import java.io.Serializable;
import java.util.Date;

/** One run of a job as GC_JOB_RUN records it: where it ran, who started it, when, and how it ended. */
public final class JobRun implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String jobName;
    private final String nodeName;
    private final String startedBy;
    private final Date scheduledFor;
    private final Date startedAt;
    private final Date finishedAt;
    private final JobOutcome outcome;
    private final String summary;

    public JobRun(long id, String jobName, String nodeName, String startedBy, Date scheduledFor, Date startedAt,
                  Date finishedAt, JobOutcome outcome, String summary) {
        this.id = id;
        this.jobName = jobName;
        this.nodeName = nodeName;
        this.startedBy = startedBy;
        this.scheduledFor = scheduledFor;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = outcome;
        this.summary = summary;
    }

    public long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public String getNodeName() {
        return nodeName;
    }

    /** The admin user who ran it on demand; null for a scheduled run. */
    public String getStartedBy() {
        return startedBy;
    }

    /** The turn of the schedule it ran for; null for an on-demand run. */
    public Date getScheduledFor() {
        return scheduledFor;
    }

    public Date getStartedAt() {
        return startedAt;
    }

    public Date getFinishedAt() {
        return finishedAt;
    }

    public JobOutcome getOutcome() {
        return outcome;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isScheduled() {
        return scheduledFor != null;
    }
}
