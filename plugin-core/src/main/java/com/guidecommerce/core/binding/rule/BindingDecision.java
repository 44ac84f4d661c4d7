package com.guidecommerce.core.binding.rule;

import java.util.Date;

/** The result of applying the binding rules to one request. */
public final class BindingDecision {

    /** The guide is suspended or has departed. */
    public static final String GUIDE_NOT_ACTIVE = "guideNotActive";
    /** A guide tried to bind their own storefront account. */
    public static final String SELF_BINDING = "selfBinding";
    /** A scan or share link tried to bind another guide's storefront account: only HQ binds guides' accounts. */
    public static final String EMPLOYEE_ACCOUNT = "employeeAccount";
    /** The current binding is inside its protection period. */
    public static final String PROTECTED = "protected";
    /** The source's policy does not let it take over a member bound to another guide. */
    public static final String POLICY_KEEPS_EXISTING = "policyKeepsExisting";

    private final BindingOutcome outcome;
    private final String reason;
    private final Date validUntil;
    private final Date protectedUntil;
    private final boolean employeeAccount;

    BindingDecision(BindingOutcome outcome, String reason, Date validUntil, Date protectedUntil, boolean employeeAccount) {
        this.outcome = outcome;
        this.reason = reason;
        this.validUntil = validUntil;
        this.protectedUntil = protectedUntil;
        this.employeeAccount = employeeAccount;
    }

    static BindingDecision unchanged(BindingOutcome outcome, String reason, boolean employeeAccount) {
        return new BindingDecision(outcome, reason, null, null, employeeAccount);
    }

    public BindingOutcome getOutcome() {
        return outcome;
    }

    /** Why the binding was not changed (one of this class's constants), or {@code null} when it was. */
    public String getReason() {
        return reason;
    }

    /** End of the resulting binding, {@code null} when permanent (only meaningful when the binding changes). */
    public Date getValidUntil() {
        return validUntil;
    }

    /** End of the resulting protection, {@code null} when none. */
    public Date getProtectedUntil() {
        return protectedUntil;
    }

    /**
     * The member's account is another guide's employee account: refused to shoppers' requests; when HQ binds it, a
     * fraud signal for review.
     */
    public boolean isEmployeeAccount() {
        return employeeAccount;
    }
}
