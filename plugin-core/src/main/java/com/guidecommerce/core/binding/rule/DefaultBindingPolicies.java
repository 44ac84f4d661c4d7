package com.guidecommerce.core.binding.rule;

import com.guidecommerce.core.binding.domain.BindingSource;

/**
 * The terms used for a source HQ has not configured. An in-store QR scan binds for a year and is protected for 90
 * days; a shared product link only binds a member who has no guide, for 30 days; a package card from a platform
 * parcel only binds a member who has no guide, for 180 days protected 30; HQ's own moves are permanent.
 */
public final class DefaultBindingPolicies {

    private DefaultBindingPolicies() {
    }

    public static PolicyTerms termsFor(BindingSource source) {
        if (BindingSource.SHARE_LINK.equals(source)) {
            return new PolicyTerms(30, 0, false);
        }
        if (BindingSource.PACKAGE_CARD.equals(source)) {
            return new PolicyTerms(180, 30, false);
        }
        if (source.isAdministrative()) {
            return new PolicyTerms(null, 0, true);
        }
        return new PolicyTerms(365, 90, true);
    }
}
