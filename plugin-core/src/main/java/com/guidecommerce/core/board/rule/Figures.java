package com.guidecommerce.core.board.rule;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The figures of one key (a guide-day, a store-day, …): one value per {@link Metric}, zero until added to. */
public final class Figures {

    private final Map<Metric, BigDecimal> values = new EnumMap<Metric, BigDecimal>(Metric.class);
    private Long regionId;
    private Long franchiseeId;

    public Figures() {
    }

    public Figures(Long regionId, Long franchiseeId) {
        this.regionId = regionId;
        this.franchiseeId = franchiseeId;
    }

    public BigDecimal get(Metric metric) {
        BigDecimal value = values.get(metric);
        return value == null ? BigDecimal.ZERO : value;
    }

    public Figures add(Metric metric, BigDecimal amount) {
        values.put(metric, get(metric).add(amount));
        return this;
    }

    /** Adds every value of {@code other}, and takes its region and franchisee when it names them. */
    public Figures addAll(Figures other) {
        for (Metric metric : Metric.values()) {
            if (other.get(metric).signum() != 0) {
                add(metric, other.get(metric));
            }
        }
        if (other.regionId != null || other.franchiseeId != null) {
            place(other.regionId, other.franchiseeId);
        }
        return this;
    }

    /** What must be added to these figures to make them {@code target}'s. */
    public Figures deltaTo(Figures target) {
        Figures delta = new Figures(target.regionId, target.franchiseeId);
        for (Metric metric : Metric.values()) {
            BigDecimal difference = target.get(metric).subtract(get(metric));
            if (difference.signum() != 0) {
                delta.add(metric, difference);
            }
        }
        return delta;
    }

    public boolean isZero() {
        for (BigDecimal value : values.values()) {
            if (value.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    public void place(Long regionId, Long franchiseeId) {
        this.regionId = regionId;
        this.franchiseeId = franchiseeId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long getFranchiseeId() {
        return franchiseeId;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
