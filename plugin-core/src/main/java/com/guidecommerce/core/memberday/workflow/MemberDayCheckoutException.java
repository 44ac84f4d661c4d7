package com.guidecommerce.core.memberday.workflow;

import com.guidecommerce.core.memberday.rule.MemberDayError;

/**
 * A checkout refused because its member-day price no longer holds; the cart has been priced again without it.
 * {@link #getMessageKey()} is the storefront message to show the shopper.
 */
public class MemberDayCheckoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MemberDayError error;

    public MemberDayCheckoutException(MemberDayError error, Long orderId) {
        super(error.name() + ": the member-day price of order " + orderId + " no longer holds");
        this.error = error;
    }

    /** The member-day refusal behind a failed checkout (Broadleaf wraps it), or {@code null} when there is none. */
    public static MemberDayCheckoutException findIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MemberDayCheckoutException) {
                return (MemberDayCheckoutException) cause;
            }
        }
        return null;
    }

    public MemberDayError getError() {
        return error;
    }

    public String getMessageKey() {
        return error.getMessageKey();
    }
}
