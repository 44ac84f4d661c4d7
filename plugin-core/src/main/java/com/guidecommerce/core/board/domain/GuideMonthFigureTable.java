package com.guidecommerce.core.board.domain;

import org.hibernate.annotations.Index;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A guide's figures of a closed month (MONTH: its first day), per store, rolled up from the days: GC_FIG_GUIDE_MONTH. */
@Entity
@Table(name = "GC_FIG_GUIDE_MONTH")
@org.hibernate.annotations.Table(appliesTo = "GC_FIG_GUIDE_MONTH", indexes = {
        @Index(name = "IX_GC_FIG_GUIDE_MONTH_REGION", columnNames = {"REGION_ID", "MONTH", "GUIDE_ID"}),
        @Index(name = "IX_GC_FIG_GUIDE_MONTH_STORE", columnNames = {"STORE_ID", "MONTH"})
})
public class GuideMonthFigureTable extends FigureColumns {

    @EmbeddedId
    @AttributeOverride(name = "day", column = @Column(name = "MONTH", nullable = false))
    protected GuideFigureKey key;
}
