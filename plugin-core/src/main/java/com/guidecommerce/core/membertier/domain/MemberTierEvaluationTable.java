package com.guidecommerce.core.membertier.domain;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One row per evaluated period of the member ladder (GC_MEMBER_TIER_EVALUATION), written with plain SQL. The period
 * key is the primary key: the row is inserted OPEN (a duplicate insert is ignored) and the evaluation whose guarded
 * update turns it DONE is the one that applies, however many admin nodes start it at once.
 */
@Entity
@Table(name = "GC_MEMBER_TIER_EVALUATION")
public class MemberTierEvaluationTable {

    @Id
    @Column(name = "PERIOD_KEY", length = 16)
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

    @Column(name = "MEMBERS")
    protected Integer members;

    @Column(name = "CHANGES")
    protected Integer changes;
}
