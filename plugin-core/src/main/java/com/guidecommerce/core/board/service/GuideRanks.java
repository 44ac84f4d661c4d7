package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.RankPeriodKey;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * A guide's ranks for a period from the rank snapshot: value, and rank with the top three in their store, region and
 * the nation. When the period has not been built yet, or was built before the guide was placed in it, the value and
 * the ranks are null ({@link #isRanked()} false).
 */
public final class GuideRanks implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long guideId;
    private final RankPeriodKey period;
    private final Metric metric;
    private final Date builtAt;
    private final BigDecimal value;
    private final ScopeRank inStore;
    private final ScopeRank inRegion;
    private final ScopeRank inNation;

    public GuideRanks(Long guideId, RankPeriodKey period, Metric metric, Date builtAt, BigDecimal value,
                      ScopeRank inStore, ScopeRank inRegion, ScopeRank inNation) {
        this.guideId = guideId;
        this.period = period;
        this.metric = metric;
        this.builtAt = builtAt;
        this.value = value;
        this.inStore = inStore;
        this.inRegion = inRegion;
        this.inNation = inNation;
    }

    public static GuideRanks unranked(Long guideId, RankPeriodKey period, Metric metric, Date builtAt) {
        return new GuideRanks(guideId, period, metric, builtAt, null, null, null, null);
    }

    public boolean isRanked() {
        return value != null;
    }

    public Long getGuideId() {
        return guideId;
    }

    public RankPeriodKey getPeriod() {
        return period;
    }

    public Metric getMetric() {
        return metric;
    }

    /** When the snapshot was built; null when the period never was. */
    public Date getBuiltAt() {
        return builtAt;
    }

    public BigDecimal getValue() {
        return value;
    }

    public ScopeRank getInStore() {
        return inStore;
    }

    public ScopeRank getInRegion() {
        return inRegion;
    }

    public ScopeRank getInNation() {
        return inNation;
    }
}
