package com.guidecommerce.core.job.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.util.Date;

/**
 * One row per job: which node holds the job's lock, since when and until when. Mapped only so that the schema tool
 * creates GC_JOB_LOCK beside the other tables; {@link com.guidecommerce.core.job.JobLocks} reads and writes it with
 * JDBC, taking a lock by a conditional update so that of several nodes asking at once exactly one gets it.
 */
@Entity
@Table(name = "GC_JOB_LOCK")
public class JobLockTable {

    @Id
    @Column(name = "JOB_NAME", length = 64)
    protected String jobName;

    /** The lease: once the database's clock passes it, any node may take the lock. */
    @Column(name = "LOCKED_UNTIL", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lockedUntil;

    @Column(name = "LOCKED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lockedAt;

    @Column(name = "LOCKED_BY", nullable = false)
    protected String lockedBy;
}
