package com.guidecommerce.core.packagecard.domain;

/** The steps of a package-card campaign's funnel, in the order a buyer goes through them. */
public enum FunnelStage {
    /** A paid order of the campaign's channel (and store) in its period: a parcel that carried a card. */
    ISSUED,
    /** A visitor opened the card's page (once per visitor). */
    SCAN,
    /** An account was created from the card's page. */
    REGISTER,
    /** A member claimed the card (once per member): the campaign's members. */
    CLAIM,
    /** The card bound the member to a guide. */
    BIND,
    /** The card linked the order's platform buyer to the member. */
    LINK,
    /** The claimant's first paid own-mall order within the campaign's window after the claim. */
    FIRST_MALL_ORDER,
    /** The claimant's first paid order in any channel within the window after the claim. */
    FIRST_ANY_ORDER
}
