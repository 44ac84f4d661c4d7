package com.guidecommerce.core.board.domain;

import org.hibernate.annotations.Index;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.math.BigDecimal;
import java.util.Date;

/**
 * A figure the nightly check found different from what it recomputed, and set right: which row (table and key), which
 * metric, the value stored and the value recomputed, and the job run that found it. Mapped only so that
 * the schema tool creates GC_FIG_DRIFT; the board writes it with JDBC.
 */
@Entity
@Table(name = "GC_FIG_DRIFT")
@org.hibernate.annotations.Table(appliesTo = "GC_FIG_DRIFT", indexes = {
        @Index(name = "IX_GC_FIG_DRIFT_RUN", columnNames = {"JOB_RUN_ID"})
})
public class FigureDriftTable {

    @Id
    @Column(name = "DRIFT_ID")
    protected Long id;

    /** GC_FIG_GUIDE_DAY or GC_FIG_STORE_DAY. */
    @Column(name = "FIGURE_TABLE", nullable = false, length = 32)
    protected String figureTable;

    @Column(name = "DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date day;

    /** The guide of a guide row; empty for a store row. */
    @Column(name = "GUIDE_ID")
    protected Long guideId;

    @Column(name = "STORE_ID", nullable = false)
    protected Long storeId;

    /** The channel of a store row; empty for a guide row. */
    @Column(name = "CHANNEL_CODE", length = 32)
    protected String channelCode;

    @Column(name = "METRIC", nullable = false, length = 32)
    protected String metric;

    @Column(name = "STORED_VALUE", nullable = false, precision = 19, scale = 2)
    protected BigDecimal storedValue;

    @Column(name = "RECOMPUTED_VALUE", nullable = false, precision = 19, scale = 2)
    protected BigDecimal recomputedValue;

    /** The job run that found it (GC_JOB_RUN); empty when the check ran outside the job runner. */
    @Column(name = "JOB_RUN_ID")
    protected Long jobRunId;

    @Column(name = "FOUND_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date foundAt;
}
