package com.guidecommerce.core.binding.service;

import com.guidecommerce.core.binding.domain.BindingSource;

import java.util.Date;

/**
 * A member bound to a guide (bound, bound again, or transferred; not a renewal): who, to whom, through which source,
 * whether it was the member's first binding ever, and when. Immutable.
 */
public final class NewBinding {

    private final Long guideId;
    private final Long customerId;
    private final BindingSource source;
    private final boolean firstEver;
    private final Date at;

    public NewBinding(Long guideId, Long customerId, BindingSource source, boolean firstEver, Date at) {
        this.guideId = guideId;
        this.customerId = customerId;
        this.source = source;
        this.firstEver = firstEver;
        this.at = at;
    }

    public Long getGuideId() {
        return guideId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public BindingSource getSource() {
        return source;
    }

    /** Whether the member had never been bound to any guide before. */
    public boolean isFirstEver() {
        return firstEver;
    }

    public Date getAt() {
        return at;
    }
}
