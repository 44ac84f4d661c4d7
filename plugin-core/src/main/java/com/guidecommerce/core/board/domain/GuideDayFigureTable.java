package com.guidecommerce.core.board.domain;

import org.hibernate.annotations.Index;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A guide's figures on a store-local calendar day, per store: GC_FIG_GUIDE_DAY. */
@Entity
@Table(name = "GC_FIG_GUIDE_DAY")
@org.hibernate.annotations.Table(appliesTo = "GC_FIG_GUIDE_DAY", indexes = {
        @Index(name = "IX_GC_FIG_GUIDE_DAY_REGION", columnNames = {"REGION_ID", "DAY", "GUIDE_ID"}),
        @Index(name = "IX_GC_FIG_GUIDE_DAY_STORE", columnNames = {"STORE_ID", "DAY"})
})
public class GuideDayFigureTable extends FigureColumns {

    @EmbeddedId
    @AttributeOverride(name = "day", column = @Column(name = "DAY", nullable = false))
    protected GuideFigureKey key;
}
