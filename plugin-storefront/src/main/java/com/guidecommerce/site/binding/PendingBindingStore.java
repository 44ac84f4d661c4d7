package com.guidecommerce.site.binding;

import javax.servlet.http.HttpSession;

/** Keeps a visitor's {@link PendingBinding} in their HTTP session until registration carries it out. */
public final class PendingBindingStore {

    static final String ATTRIBUTE = "gcPendingBinding";

    private PendingBindingStore() {
    }

    public static PendingBinding current(HttpSession session) {
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof PendingBinding ? (PendingBinding) value : null;
    }

    /** Remembers {@code offered} unless the visitor's current pending binding takes precedence over it. */
    public static void offer(HttpSession session, PendingBinding offered) {
        if (offered.replaces(current(session))) {
            session.setAttribute(ATTRIBUTE, offered);
        }
    }

    public static void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
