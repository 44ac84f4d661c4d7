package com.guidecommerce.core.board.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.util.Date;

/**
 * One row per month that has figures (MONTH: its first day): whether its monthly rollup is built. Every writer of a
 * month's day figures locks the month's row (shared) and reads it under that lock; the rollup locks it exclusively
 * while it builds, so a change to a rolled-up month also reaches its rollup, and none slips between. Mapped only so
 * that the schema tool creates GC_FIG_MONTH; the board writes it with JDBC.
 */
@Entity
@Table(name = "GC_FIG_MONTH")
public class FigureMonthTable {

    @Id
    @Column(name = "MONTH")
    @Temporal(TemporalType.DATE)
    protected Date month;

    /** When the rollup was built; empty while the month is open. */
    @Column(name = "ROLLED_UP_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date rolledUpAt;
}
