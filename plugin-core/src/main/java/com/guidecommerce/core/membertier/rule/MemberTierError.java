package com.guidecommerce.core.membertier.rule;

/**
 * Why a member tier ladder, evaluation or override cannot go ahead. Each code is stable (the admin shows a translated
 * message per code, key {@code gcMemberTierError_<CODE>}) with the arguments named in its English text.
 */
public enum MemberTierError {

    NO_TIERS("No member tiers are defined: add them in Member tiers."),
    UNKNOWN_TIER("There is no member tier {0}."),
    REASON_REQUIRED("Give a reason: it is kept in the member tier history."),
    MEMBER_NOT_FOUND("There is no member {0}."),
    BAD_SETTING("Setting {0} cannot be {1}."),
    DUPLICATE_CODE("Two member tiers have the code {0}."),
    DUPLICATE_RANK("Two member tiers have the rank {0}."),
    THRESHOLD_NOT_INCREASING("Tier {0} needs a higher minimum spend than tier {1}, which ranks below it."),
    NEGATIVE_THRESHOLD("Tier {0} cannot have a negative minimum spend."),
    BAD_PERIOD("{0} is not a period (use 2026-11 or 2026-Q4)."),
    PERIOD_NOT_ENDED("Period {0} can be evaluated from {1}, once it has ended.");

    private final String text;

    MemberTierError(String text) {
        this.text = text;
    }

    /** The English pattern ({@link java.text.MessageFormat}) of the error's message. */
    public String getText() {
        return text;
    }

    public String getMessageKey() {
        return "gcMemberTierError_" + name();
    }
}
