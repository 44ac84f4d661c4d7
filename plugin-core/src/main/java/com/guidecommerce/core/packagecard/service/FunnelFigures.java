package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.packagecard.domain.FunnelStage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A funnel's counts by stage, with its three rates: scans per card issued, members (claimants) per card issued and
 * first orders (in any channel) per member. A rate is a fraction rounded half-up to four places, {@code null} when
 * nothing was issued (or nobody claimed). Immutable once built.
 */
public final class FunnelFigures {

    private static final int RATE_SCALE = 4;

    private final Map<FunnelStage, Long> counts = new EnumMap<FunnelStage, Long>(FunnelStage.class);

    void add(FunnelStage stage, long count) {
        counts.put(stage, count(stage) + count);
    }

    public long count(FunnelStage stage) {
        Long count = counts.get(stage);
        return count == null ? 0L : count;
    }

    public Map<FunnelStage, Long> getCounts() {
        return Collections.unmodifiableMap(counts);
    }

    public BigDecimal getScanRate() {
        return rate(FunnelStage.SCAN, FunnelStage.ISSUED);
    }

    public BigDecimal getMemberRate() {
        return rate(FunnelStage.CLAIM, FunnelStage.ISSUED);
    }

    public BigDecimal getFirstOrderRate() {
        return rate(FunnelStage.FIRST_ANY_ORDER, FunnelStage.CLAIM);
    }

    public BigDecimal getFirstMallOrderRate() {
        return rate(FunnelStage.FIRST_MALL_ORDER, FunnelStage.CLAIM);
    }

    private BigDecimal rate(FunnelStage part, FunnelStage whole) {
        long denominator = count(whole);
        return denominator == 0 ? null : BigDecimal.valueOf(count(part))
                .divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_UP);
    }
}
