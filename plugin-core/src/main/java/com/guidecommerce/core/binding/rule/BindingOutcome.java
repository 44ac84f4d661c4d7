package com.guidecommerce.core.binding.rule;

/** What a binding request does to the member's exclusive guide. */
public enum BindingOutcome {
    /** The member had no valid guide and is now bound. */
    BIND,
    /** The member moves from another guide to the requested one. */
    REBIND,
    /** The requested guide is already the member's guide; validity and protection are extended. */
    RENEW,
    /** HQ moves the member regardless of protection (admin, import, departure). */
    TRANSFER,
    /** The member stays with their current guide. */
    KEEP_CURRENT,
    /** The request is not allowed at all. */
    REFUSED;

    public boolean changesBinding() {
        return this == BIND || this == REBIND || this == RENEW || this == TRANSFER;
    }
}
