package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.binding.service.BindingResult;

/** What a claim did to the order's buyer and to the member's binding. */
public final class ClaimResult {

    private final ClaimOutcome outcome;
    private final BindingResult binding;
    private final int ordersAttributed;

    public ClaimResult(ClaimOutcome outcome, BindingResult binding, int ordersAttributed) {
        this.outcome = outcome;
        this.binding = binding;
        this.ordersAttributed = ordersAttributed;
    }

    public ClaimOutcome getOutcome() {
        return outcome;
    }

    /** What the binding request did; {@code null} when the claim did not go ahead. */
    public BindingResult getBinding() {
        return binding;
    }

    /** Orders attributed to the member by linking the buyer (the card's and every other unmatched one they name). */
    public int getOrdersAttributed() {
        return ordersAttributed;
    }
}
