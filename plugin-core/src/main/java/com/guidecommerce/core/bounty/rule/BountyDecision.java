package com.guidecommerce.core.bounty.rule;

import com.guidecommerce.core.bounty.domain.BountyState;

/** The state a bounty should be in, with the order that decided it and the reason. */
public final class BountyDecision {

    private final BountyState state;
    private final String orderNumber;
    private final String reason;

    BountyDecision(BountyState state, String orderNumber, String reason) {
        this.state = state;
        this.orderNumber = orderNumber;
        this.reason = reason;
    }

    public BountyState getState() {
        return state;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getReason() {
        return reason;
    }
}
