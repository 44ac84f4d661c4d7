package com.guidecommerce.core.board.domain;

import org.hibernate.annotations.Index;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A store's figures on a store-local calendar day, per channel: GC_FIG_STORE_DAY. */
@Entity
@Table(name = "GC_FIG_STORE_DAY")
@org.hibernate.annotations.Table(appliesTo = "GC_FIG_STORE_DAY", indexes = {
        @Index(name = "IX_GC_FIG_STORE_DAY_REGION", columnNames = {"REGION_ID", "DAY"})
})
public class StoreDayFigureTable extends FigureColumns {

    @EmbeddedId
    @AttributeOverride(name = "day", column = @Column(name = "DAY", nullable = false))
    protected StoreFigureKey key;
}
