package com.guidecommerce.core.organisation.dao;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;

import java.util.List;

/** Reads and writes the organisation tables (GC_REGION, GC_FRANCHISEE, GC_STORE, GC_GUIDE). */
public interface OrganisationDao {

    Region createRegion();

    Franchisee createFranchisee();

    Store createStore();

    Guide createGuide();

    <T> T save(T entity);

    Region readRegionByCode(String code);

    Franchisee readFranchiseeByCode(String code);

    Store readStoreByCode(String code);

    List<Store> readActiveStores();

    Guide readGuideByCode(String guideCode);

    Guide readGuideByCustomerId(Long customerId);

    List<Guide> readGuidesByStore(Long storeId);

    /** The guide, locked until the transaction ends; null when there is none. */
    Guide readGuideForUpdate(Long guideId);

    /** Active guides' ids, codes and tier codes. */
    List<TierHolding> readActiveGuideTiers();

    long countStoresWithCode(String code, Long excludingId);
}
