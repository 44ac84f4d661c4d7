package com.guidecommerce.core.board.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.util.Date;

/**
 * One row per period of GC_RANK_SNAPSHOT: its days, whether it is still rebuilt (OPEN) or built for the last time
 * (FROZEN), when it was last built, how many times, and how many snapshot rows that build wrote. Written in the same
 * transaction as the period's snapshot rows. Mapped only so that the schema tool creates GC_RANK_PERIOD; read and
 * written with JDBC.
 */
@Entity
@Table(name = "GC_RANK_PERIOD")
public class RankPeriodTable {

    @Id
    @Column(name = "PERIOD_KEY", length = 16)
    protected String periodKey;

    @Column(name = "FROM_DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date fromDay;

    @Column(name = "TO_DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date toDay;

    @Column(name = "STATE", length = 8, nullable = false)
    protected String state;

    @Column(name = "BUILT_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date builtAt;

    /**
     * How many times the period was built: each build adds one, in the transaction that replaces its rows, so a
     * reader can keep what it derived from one build (a scope's top three, its count) until the number moves on.
     */
    @Column(name = "BUILD_NO", nullable = false)
    protected Long buildNo;

    /** Snapshot rows of the last build ({@code ROWS} is a reserved word in MySQL and MariaDB). */
    @Column(name = "ROW_COUNT", nullable = false)
    protected Integer rowCount;
}
