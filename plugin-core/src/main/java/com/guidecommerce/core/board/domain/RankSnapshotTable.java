package com.guidecommerce.core.board.domain;

import org.hibernate.annotations.Index;

import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.math.BigDecimal;
import java.util.Date;

/**
 * Precomputed ranks: one row per period, metric and subject (a guide or a store), with its value, its competition
 * rank (1, 2, 2, 4) in its store (guides only), region and the nation, and its code and name as of the build (a board
 * shows a snapshot's rows without looking anyone up; a renamed guide shows the new name from the next build). Mapped
 * only so that the schema tool creates GC_RANK_SNAPSHOT with its indexes (one per scope, each leading to "the top N
 * of a scope"); the rank snapshot builder writes it with JDBC, a whole period in one transaction (the rows that
 * changed), and the board service reads it with JDBC.
 */
@Entity
@Table(name = "GC_RANK_SNAPSHOT")
@org.hibernate.annotations.Table(appliesTo = "GC_RANK_SNAPSHOT", indexes = {
        @Index(name = "IX_GC_RANK_NATION", columnNames = {"PERIOD_KEY", "METRIC", "SUBJECT_KIND", "RANK_IN_NATION"}),
        @Index(name = "IX_GC_RANK_REGION", columnNames = {"PERIOD_KEY", "METRIC", "SUBJECT_KIND", "REGION_ID",
                "RANK_IN_REGION"}),
        @Index(name = "IX_GC_RANK_STORE", columnNames = {"PERIOD_KEY", "METRIC", "SUBJECT_KIND", "STORE_ID",
                "RANK_IN_STORE"})
})
public class RankSnapshotTable {

    @EmbeddedId
    protected RankSnapshotKey key;

    /** The store of a guide (their store when ranked), or the store itself. */
    @Column(name = "STORE_ID", nullable = false)
    protected Long storeId;

    @Column(name = "REGION_ID")
    protected Long regionId;

    @Column(name = "VALUE", nullable = false, precision = 19, scale = 2)
    protected BigDecimal value;

    /** Guides only: the rank among the guides of their store. */
    @Column(name = "RANK_IN_STORE")
    protected Integer rankInStore;

    @Column(name = "RANK_IN_REGION")
    protected Integer rankInRegion;

    @Column(name = "RANK_IN_NATION", nullable = false)
    protected Integer rankInNation;

    /** The guide's code or the store's as the build found it, so that a board shows the row without a lookup. */
    @Column(name = "SUBJECT_CODE", length = 32)
    protected String subjectCode;

    /** The guide's or the store's name as the build found it. */
    @Column(name = "SUBJECT_NAME", length = 100)
    protected String subjectName;

    /** When the row last changed (GC_RANK_PERIOD.BUILT_AT says when the period was last built). */
    @Column(name = "BUILT_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date builtAt;
}
