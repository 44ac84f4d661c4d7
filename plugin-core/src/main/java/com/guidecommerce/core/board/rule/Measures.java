package com.guidecommerce.core.board.rule;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one key (a guide-day, a store-day, …) while they are added up: one value per {@link Measure}, zero
 * until added to. What the boards read back is {@link com.guidecommerce.core.board.service.Figures}.
 */
public final class Measures {

    private final Map<Measure, BigDecimal> values = new EnumMap<Measure, BigDecimal>(Measure.class);
    private Long regionId;
    private Long franchiseeId;

    public Measures() {
    }

    public Measures(Long regionId, Long franchiseeId) {
        this.regionId = regionId;
        this.franchiseeId = franchiseeId;
    }

    public BigDecimal get(Measure metric) {
        BigDecimal value = values.get(metric);
        return value == null ? BigDecimal.ZERO : value;
    }

    public Measures add(Measure metric, BigDecimal amount) {
        values.put(metric, get(metric).add(amount));
        return this;
    }

    /** Adds every value of {@code other}, and takes its region and franchisee when it names them. */
    public Measures addAll(Measures other) {
        for (Measure metric : Measure.values()) {
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
    public Measures deltaTo(Measures target) {
        Measures delta = new Measures(target.regionId, target.franchiseeId);
        for (Measure metric : Measure.values()) {
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
