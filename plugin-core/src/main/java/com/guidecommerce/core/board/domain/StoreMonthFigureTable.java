package com.guidecommerce.core.board.domain;

import org.hibernate.annotations.Index;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A store's figures of a closed month (MONTH: its first day), per channel, rolled up from the days: GC_FIG_STORE_MONTH. */
@Entity
@Table(name = "GC_FIG_STORE_MONTH")
@org.hibernate.annotations.Table(appliesTo = "GC_FIG_STORE_MONTH", indexes = {
        @Index(name = "IX_GC_FIG_STORE_MONTH_REGION", columnNames = {"REGION_ID", "MONTH"})
})
public class StoreMonthFigureTable extends FigureColumns {

    @EmbeddedId
    @AttributeOverride(name = "day", column = @Column(name = "MONTH", nullable = false))
    protected StoreFigureKey key;
}
