package com.guidecommerce.core.packagecard.rule;

/** Where a funnel's rate stands against the band brands report for it. */
public enum RateBand {
    BELOW,
    WITHIN,
    ABOVE
}
