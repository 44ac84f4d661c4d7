package com.guidecommerce.core.departure.rule;

import java.util.List;

/**
 * Every member goes to the active manager of the departing guide's store. A departing manager cannot use this rule,
 * and a store without an active manager has nobody to inherit: both are errors HQ resolves by picking another
 * strategy (or appointing a manager). Should a store have several active managers, the first by guide code inherits,
 * so the choice never depends on database order.
 */
public class StoreManagerHeirRule implements HeirRule {

    private final String storeCode;
    private final List<GuideSummary> storeGuides;

    /**
     * @param storeCode   the departing guide's store, for error messages
     * @param storeGuides every guide of that store, the departing one included
     */
    public StoreManagerHeirRule(String storeCode, List<GuideSummary> storeGuides) {
        this.storeCode = storeCode;
        this.storeGuides = storeGuides;
    }

    @Override
    public List<HeirAssignment> assign(GuideSummary departing, List<DepartingMember> members) {
        return SingleHeir.assignAll(members, primaryHeir(departing));
    }

    @Override
    public GuideSummary primaryHeir(GuideSummary departing) {
        if (departing.isStoreManager()) {
            throw new DepartureException(DepartureError.DEPARTING_GUIDE_IS_MANAGER, departing.getCode(), storeCode);
        }
        GuideSummary manager = null;
        for (GuideSummary guide : storeGuides) {
            if (guide.isStoreManager() && guide.isActive() && guide.isColleagueOf(departing)
                    && (manager == null || guide.getCode().compareTo(manager.getCode()) < 0)) {
                manager = guide;
            }
        }
        if (manager == null) {
            throw new DepartureException(DepartureError.NO_ACTIVE_STORE_MANAGER, storeCode);
        }
        return manager;
    }
}
