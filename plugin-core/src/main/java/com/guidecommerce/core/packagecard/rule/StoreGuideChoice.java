package com.guidecommerce.core.packagecard.rule;

import com.guidecommerce.core.organisation.domain.Guide;

import java.util.List;

/**
 * Which of a store's guides a package card binds to: the store's active manager, who hands the member on within
 * the store as the store sees fit; a store without one gives the member to its active guide with the lowest guide
 * code. Guide codes break ties (several managers), so the choice never depends on database order; a store without
 * an active guide has nobody to bind to.
 */
public final class StoreGuideChoice {

    private StoreGuideChoice() {
    }

    /** @return the guide to bind to, or {@code null} when none of the store's guides is active */
    public static Guide choose(List<Guide> storeGuides) {
        Guide manager = null;
        Guide first = null;
        for (Guide guide : storeGuides) {
            if (!guide.isActive()) {
                continue;
            }
            if (guide.isStoreManager() && (manager == null || before(guide, manager))) {
                manager = guide;
            }
            if (first == null || before(guide, first)) {
                first = guide;
            }
        }
        return manager != null ? manager : first;
    }

    private static boolean before(Guide guide, Guide other) {
        return guide.getGuideCode().compareTo(other.getGuideCode()) < 0;
    }
}
