package com.guidecommerce.core.distribution.rule;

/** What accepting an invitation does. */
public enum JoinOutcome {

    /** The member is an active distributor at once. */
    JOINED,
    /** The member is a distributor waiting for HQ's approval. */
    PENDING_APPROVAL,
    /** Nothing changed; the refusal says why. */
    REFUSED
}
