package com.guidecommerce.core.job.domain;

import org.hibernate.annotations.Index;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import java.util.Date;

/**
 * The record of every run of a job: node, start, end, outcome and summary. Mapped only so that the schema tool creates
 * GC_JOB_RUN beside the other tables; {@link com.guidecommerce.core.job.JdbcJobRuns} writes and reads it with JDBC.
 * A scheduled run names the turn it ran for, once per job: the unique key is what keeps a second node, whose clock or
 * scheduler fired a little later, from running the same turn again.
 */
@Entity
@Table(name = "GC_JOB_RUN", uniqueConstraints = @UniqueConstraint(name = "UK_GC_JOB_RUN_TURN",
        columnNames = {"JOB_NAME", "SCHEDULED_FOR"}))
@org.hibernate.annotations.Table(appliesTo = "GC_JOB_RUN", indexes = {
        @Index(name = "IX_GC_JOB_RUN_STARTED", columnNames = {"JOB_NAME", "STARTED_AT"})
})
public class JobRunTable {

    @Id
    @Column(name = "RUN_ID")
    protected Long id;

    @Column(name = "JOB_NAME", length = 64, nullable = false)
    protected String jobName;

    @Column(name = "NODE_NAME", nullable = false)
    protected String nodeName;

    /** The admin user who ran it on demand; empty for a scheduled run. */
    @Column(name = "STARTED_BY")
    protected String startedBy;

    /** The turn of the schedule a scheduled run ran for; empty for an on-demand run. */
    @Column(name = "SCHEDULED_FOR")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date scheduledFor;

    @Column(name = "STARTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date startedAt;

    @Column(name = "FINISHED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date finishedAt;

    @Column(name = "OUTCOME", length = 16, nullable = false)
    protected String outcome;

    @Column(name = "SUMMARY", length = 1000)
    protected String summary;
}
