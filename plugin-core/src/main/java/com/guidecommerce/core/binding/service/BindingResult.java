package com.guidecommerce.core.binding.service;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.organisation.domain.Guide;

/** What a binding request did, and the member's binding afterwards. */
public final class BindingResult {

    private final BindingOutcome outcome;
    private final String reason;
    private final MemberBinding binding;
    private final Guide previousGuide;

    BindingResult(BindingOutcome outcome, String reason, MemberBinding binding, Guide previousGuide) {
        this.outcome = outcome;
        this.reason = reason;
        this.binding = binding;
        this.previousGuide = previousGuide;
    }

    public BindingOutcome getOutcome() {
        return outcome;
    }

    /** Why nothing changed (see {@link com.guidecommerce.core.binding.rule.BindingDecision}), or {@code null}. */
    public String getReason() {
        return reason;
    }

    /** The member's binding after the request; {@code null} when they have none. */
    public MemberBinding getBinding() {
        return binding;
    }

    /** The guide the member had before, when the request moved them. */
    public Guide getPreviousGuide() {
        return previousGuide;
    }

    public boolean isBoundToRequestedGuide(Guide guide) {
        return binding != null && binding.getGuide().getId().equals(guide.getId()) && outcome.changesBinding();
    }
}
