package com.guidecommerce.core.membertag.rule;

/** The value of {@link TagCode#SPEND_BAND}: below the mid threshold, from mid up to high, from high up. */
public enum SpendBand {
    LOW,
    MID,
    HIGH
}
