package com.guidecommerce.core.packagecard.service;

/** What claiming a card did. */
public enum ClaimOutcome {
    /** The card's order was waiting unmatched: its buyer is now the member's, with every order they name. */
    LINKED,
    /** The card's order was already the member's: nothing to link. */
    ALREADY_YOURS,
    /** The card's order has not arrived yet: it is linked to the member when it does. */
    PENDING,
    /** A card without order: the member is bound, nothing to link. */
    BOUND,
    /** The member claimed this card before: nothing changed. */
    ALREADY_CLAIMED,
    /** The card's order belongs to another account (or another account claimed it): nothing was linked or bound. */
    OTHER_ACCOUNT;

    /** Whether the claim went ahead (and the member was offered the binding). */
    public boolean isClaimed() {
        return this == LINKED || this == ALREADY_YOURS || this == PENDING || this == BOUND;
    }
}
