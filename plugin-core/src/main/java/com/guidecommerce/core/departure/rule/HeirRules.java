package com.guidecommerce.core.departure.rule;

import com.guidecommerce.core.departure.domain.DepartureStrategy;

import java.util.List;

/** The heir rule of each departure strategy. */
public final class HeirRules {

    private HeirRules() {
    }

    /**
     * @param storeCode   the departing guide's store
     * @param storeGuides every guide of that store, the departing one included
     * @param capacity    round robin only: the most members one heir takes, {@code null} for no limit
     * @param namedHeir   named guide only: the guide HQ named
     */
    public static HeirRule forStrategy(DepartureStrategy strategy, String storeCode, List<GuideSummary> storeGuides,
                                       Integer capacity, GuideSummary namedHeir) {
        if (DepartureStrategy.STORE_MANAGER.equals(strategy)) {
            return new StoreManagerHeirRule(storeCode, storeGuides);
        }
        if (DepartureStrategy.ROUND_ROBIN.equals(strategy)) {
            return new RoundRobinHeirRule(storeCode, storeGuides, capacity);
        }
        if (DepartureStrategy.NAMED_GUIDE.equals(strategy)) {
            if (namedHeir == null) {
                throw new DepartureException(DepartureError.NAMED_GUIDE_REQUIRED);
            }
            return new NamedGuideHeirRule(namedHeir);
        }
        throw new IllegalArgumentException("Unknown departure strategy " + strategy);
    }
}
