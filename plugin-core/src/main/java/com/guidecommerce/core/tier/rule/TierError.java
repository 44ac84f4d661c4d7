package com.guidecommerce.core.tier.rule;

/**
 * Why a tier evaluation or override cannot go ahead. Each code is stable (the admin shows a translated message per
 * code, key {@code gcTierError_<CODE>}) with the arguments named in its English text.
 */
public enum TierError {

    NO_TIERS("No tiers are defined for these subjects: add them in Tiers."),
    UNKNOWN_TIER("There is no tier {0} for these subjects."),
    REASON_REQUIRED("Give a reason: it is kept in the tier history."),
    SUBJECT_NOT_FOUND("There is no guide or distributor {0}."),
    BAD_SETTING("Setting {0} cannot be {1}."),
    BAD_PERIOD("{0} is not a period (use 2026-11 or 2026-Q4)."),
    PERIOD_NOT_SETTLED("Period {0} can be evaluated from {1}, once the refunds of its return window are in.");

    private final String text;

    TierError(String text) {
        this.text = text;
    }

    /** The English pattern ({@link java.text.MessageFormat}) of the error's message. */
    public String getText() {
        return text;
    }

    public String getMessageKey() {
        return "gcTierError_" + name();
    }
}
