package com.guidecommerce.core.commission.service;

/**
 * A change to a commission plan that HQ asked for cannot be made. The code is stable and is also the admin's message
 * key; the message says why in English for logs.
 */
public class CommissionPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No plan has the given id. */
    public static final String NOT_FOUND = "gcPlanNotFound";
    /** Only a draft can be published or edited; a published version is never changed. */
    public static final String NOT_DRAFT = "gcPlanNotDraft";
    /** A plan without rates would pay nobody. */
    public static final String NO_RULES = "gcPlanHasNoRules";

    private final String code;

    public CommissionPlanException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
