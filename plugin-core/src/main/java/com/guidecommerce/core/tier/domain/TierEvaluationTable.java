package com.guidecommerce.core.tier.domain;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * One row per ladder and evaluated period. Mapped only so that the schema tool creates GC_TIER_EVALUATION beside the
 * other tables; {@link com.guidecommerce.core.tier.dao.TierEvaluations} writes it with plain SQL. The unique key is
 * what makes a period evaluated once: the row is inserted OPEN (a duplicate insert is ignored) and the evaluation that
 * turns it DONE by a guarded update is the one that applies, however many nodes start it at once.
 */
@Entity
@Table(name = "GC_TIER_EVALUATION", uniqueConstraints = @UniqueConstraint(name = "UK_GC_TIER_EVALUATION",
        columnNames = {"SUBJECT_KIND", "PERIOD_KEY"}))
public class TierEvaluationTable {

    @Id
    @Column(name = "EVALUATION_KEY", length = 40)
    protected String key;

    @Column(name = "SUBJECT_KIND", nullable = false, length = 16)
    protected String subject;

    @Column(name = "PERIOD_KEY", nullable = false, length = 16)
    protected String periodKey;

    /** OPEN until an evaluation of the period commits, then DONE. */
    @Column(name = "STATUS", nullable = false, length = 8)
    protected String status;

    @Column(name = "OPENED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date openedAt;

    @Column(name = "EVALUATED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date evaluatedAt;

    @Column(name = "ACTOR", length = 255)
    protected String actor;

    @Column(name = "SUBJECTS")
    protected Integer subjects;

    @Column(name = "CHANGES")
    protected Integer changes;
}
