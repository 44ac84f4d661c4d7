package com.guidecommerce.core.distribution.rule;

/**
 * Why HQ's action on a distributor, or a guide's invitation, cannot go ahead. Each code is stable (the admin shows
 * a translated message per code, key {@code gcDistributionError_<CODE>}) with the arguments named in its English text.
 */
public enum DistributionError {

    REASON_REQUIRED("Give a reason: it is kept in the distributor's history."),
    DISTRIBUTOR_NOT_FOUND("There is no distributor {0}."),
    ACTION_NOT_ALLOWED("Distributor {0} is {1}: they cannot be {2}."),
    GUIDE_NOT_FOUND("There is no guide {0}."),
    GUIDE_INACTIVE("Guide {0} is not active and cannot have distributors."),
    SAME_GUIDE("Distributor {0} already belongs to guide {1}."),
    RECRUITING_NOT_ALLOWED("Recruiting distributors is switched off (gc.distribution.maxDepth is {0}).");

    private final String text;

    DistributionError(String text) {
        this.text = text;
    }

    /** The English pattern ({@link java.text.MessageFormat}) of the error's message. */
    public String getText() {
        return text;
    }

    public String getMessageKey() {
        return "gcDistributionError_" + name();
    }
}
