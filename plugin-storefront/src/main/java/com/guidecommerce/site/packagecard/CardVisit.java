package com.guidecommerce.site.packagecard;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.UUID;
import javax.servlet.http.HttpSession;

/**
 * What a visitor's session remembers of package cards: the card they opened last (so an account they create next is
 * counted as the card's registration) and a key of their own that counts their scans once however often they reload.
 */
final class CardVisit {

    static final String CARD = "gcPackageCard";
    static final String VISITOR = "gcPackageCardVisitor";

    private CardVisit() {
    }

    static void remember(HttpSession session, String code) {
        session.setAttribute(CARD, code);
    }

    /** The code of the card the visitor opened last, or {@code null}. */
    static String card(HttpSession session) {
        Object code = session == null ? null : session.getAttribute(CARD);
        return code instanceof String ? (String) code : null;
    }

    static void forget(HttpSession session) {
        session.removeAttribute(CARD);
    }

    /** A member is one visitor wherever they scan; an anonymous visitor is one per session. */
    static String visitorKey(HttpSession session, Customer member) {
        if (member != null) {
            return "m:" + member.getId();
        }
        Object key = session.getAttribute(VISITOR);
        if (!(key instanceof String)) {
            key = UUID.randomUUID().toString();
            session.setAttribute(VISITOR, key);
        }
        return "s:" + key;
    }
}
