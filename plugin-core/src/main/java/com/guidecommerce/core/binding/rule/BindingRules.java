package com.guidecommerce.core.binding.rule;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * Decides what a request to bind a member to a guide does, given the member's current binding and the terms of the
 * request's source. Plain rules: no persistence, no clock of its own.
 *
 * <ol>
 *   <li>A guide who is not active cannot bind anyone; a guide cannot bind their own storefront account.</li>
 *   <li>A guide's storefront account is not a shopper: a scan or a share link never binds it to a colleague. Only
 *       HQ can bind it (flagged as an employee account, a fraud signal for review).</li>
 *   <li>Administrative requests (admin, import, departure) always move the member.</li>
 *   <li>A member with no binding, or only an expired one, is bound.</li>
 *   <li>The same guide again renews the binding: the later validity and protection win.</li>
 *   <li>Another guide takes the member over only when the current binding is unprotected and the source's
 *       policy overrides existing bindings.</li>
 * </ol>
 */
public final class BindingRules {

    private static final long DAY_MILLIS = TimeUnit.DAYS.toMillis(1);

    private BindingRules() {
    }

    /**
     * @param current            the member's binding, or {@code null} when they never had one
     * @param guideId            the requested guide
     * @param guideActive        whether the requested guide is active
     * @param memberOwnGuideId   the guide whose storefront login the member's account is, or {@code null}
     * @param administrative     whether HQ is moving the member on purpose
     * @param terms              the terms of the request's source
     * @param now                the moment of the request
     */
    public static BindingDecision decide(CurrentBinding current, long guideId, boolean guideActive, Long memberOwnGuideId,
                                         boolean administrative, PolicyTerms terms, Date now) {
        boolean employeeAccount = memberOwnGuideId != null && memberOwnGuideId != guideId;
        if (!guideActive) {
            return BindingDecision.unchanged(BindingOutcome.REFUSED, BindingDecision.GUIDE_NOT_ACTIVE, employeeAccount);
        }
        if (memberOwnGuideId != null && memberOwnGuideId == guideId) {
            return BindingDecision.unchanged(BindingOutcome.REFUSED, BindingDecision.SELF_BINDING, false);
        }
        if (employeeAccount && !administrative) {
            return BindingDecision.unchanged(BindingOutcome.REFUSED, BindingDecision.EMPLOYEE_ACCOUNT, true);
        }
        Date validUntil = terms.isPermanent() ? null : plusDays(now, terms.getValidityDays());
        Date protectedUntil = terms.getProtectionDays() == 0 ? null : plusDays(now, terms.getProtectionDays());

        if (current == null || !current.isValidAt(now)) {
            BindingOutcome outcome = administrative ? BindingOutcome.TRANSFER : BindingOutcome.BIND;
            return new BindingDecision(outcome, null, validUntil, protectedUntil, employeeAccount);
        }
        if (current.getGuideId() == guideId) {
            return new BindingDecision(BindingOutcome.RENEW, null, laterEnd(current.getValidUntil(), validUntil),
                    later(current.getProtectedUntil(), protectedUntil), employeeAccount);
        }
        if (administrative) {
            return new BindingDecision(BindingOutcome.TRANSFER, null, validUntil, protectedUntil, employeeAccount);
        }
        if (current.isProtectedAt(now)) {
            return BindingDecision.unchanged(BindingOutcome.KEEP_CURRENT, BindingDecision.PROTECTED, employeeAccount);
        }
        if (!terms.isOverridesExisting()) {
            return BindingDecision.unchanged(BindingOutcome.KEEP_CURRENT, BindingDecision.POLICY_KEEPS_EXISTING,
                    employeeAccount);
        }
        return new BindingDecision(BindingOutcome.REBIND, null, validUntil, protectedUntil, employeeAccount);
    }

    private static Date plusDays(Date from, int days) {
        return new Date(from.getTime() + days * DAY_MILLIS);
    }

    /** The later of two binding ends, where {@code null} means permanent. */
    private static Date laterEnd(Date a, Date b) {
        if (a == null || b == null) {
            return null;
        }
        return a.after(b) ? a : b;
    }

    /** The later of two protection ends, where {@code null} means no protection. */
    private static Date later(Date a, Date b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.after(b) ? a : b;
    }
}
