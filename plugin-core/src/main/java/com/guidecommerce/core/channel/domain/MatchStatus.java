package com.guidecommerce.core.channel.domain;

/** Whether a channel order's buyer is known to be a member. */
public enum MatchStatus {
    MATCHED,
    /** Waiting in the unmatched queue until HQ (or a later order) identifies the buyer. */
    UNMATCHED
}
