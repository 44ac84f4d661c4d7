package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.packagecard.rule.RateBand;
import com.guidecommerce.core.packagecard.rule.ReferenceBand;

import java.math.BigDecimal;

/**
 * The rates brands report for package cards, which a campaign's funnel is compared with: members per card issued
 * ({@code gc.packageCard.reference.memberRate.low/high}, percent) and first orders per member
 * ({@code gc.packageCard.reference.firstOrderRate.low/high}). Bean {@code gcPackageCardReferenceRates}.
 */
public class ReferenceRates {

    private final ReferenceBand memberRate;
    private final ReferenceBand firstOrderRate;

    public ReferenceRates(BigDecimal memberRateLow, BigDecimal memberRateHigh, BigDecimal firstOrderRateLow,
                          BigDecimal firstOrderRateHigh) {
        this.memberRate = ReferenceBand.ofPercent(memberRateLow, memberRateHigh);
        this.firstOrderRate = ReferenceBand.ofPercent(firstOrderRateLow, firstOrderRateHigh);
    }

    public ReferenceBand getMemberRate() {
        return memberRate;
    }

    public ReferenceBand getFirstOrderRate() {
        return firstOrderRate;
    }

    /** Where the figures' members per card issued stand. */
    public RateBand memberRateBand(FunnelFigures figures) {
        return memberRate.position(figures.getMemberRate());
    }

    /** Where the figures' first orders (any channel) per member stand. */
    public RateBand firstOrderRateBand(FunnelFigures figures) {
        return firstOrderRate.position(figures.getFirstOrderRate());
    }
}
