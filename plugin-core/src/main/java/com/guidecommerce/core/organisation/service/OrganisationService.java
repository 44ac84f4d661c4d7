package com.guidecommerce.core.organisation.service;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The brand's organisation: regions, franchisees, stores and guides. Bean name {@code gcOrganisationService};
 * a host may replace it with its own implementation under the same name.
 */
public interface OrganisationService {

    Region createRegion();

    Franchisee createFranchisee();

    Store createStore();

    Guide createGuide();

    Region saveRegion(Region region);

    Franchisee saveFranchisee(Franchisee franchisee);

    Store saveStore(Store store);

    Guide saveGuide(Guide guide);

    /**
     * Sets the guide's tier to a tier code (GC_TIER, e.g. NORMAL or SUPER). The one way the tier feature changes a
     * guide's tier; it records the change in its own history.
     *
     * @throws IllegalArgumentException when there is no such guide
     */
    Guide changeGuideTier(Long guideId, String tierCode);

    /** Every active guide with the code of their tier, by id. */
    List<TierHolding> findActiveGuideTiers();

    Region findRegionByCode(String code);

    Franchisee findFranchiseeByCode(String code);

    Store findStoreByCode(String code);

    List<Store> findActiveStores();

    /** The guide with this referral code, matched case-insensitively; {@code null} when there is none. */
    Guide findGuideByCode(String guideCode);

    /** The guide who logs into the storefront with this customer account, or {@code null}. */
    Guide findGuideByCustomerId(Long customerId);

    List<Guide> findGuidesByStore(Store store);

    /** Guides with their franchisee, by id, read at once; ids that name no guide are left out. */
    Map<Long, GuideProfile> findGuideProfiles(Collection<Long> guideIds);

    /** The same by guide code (as stored, upper case); codes that name no guide are left out. */
    Map<String, GuideProfile> findGuideProfilesByCode(Collection<String> guideCodes);

    /** Where these guides work (store, region, franchisee, time zone), by guide id; unknown ids are left out. */
    Map<Long, Placement> findGuidePlaces(Collection<Long> guideIds);

    /** Whether another store than {@code storeId} already uses {@code code}. */
    boolean isStoreCodeTaken(String code, Long storeId);

    /** Every active guide's placement (store, region, franchisee, zone), by guide id: one read for boards. */
    List<Placement> findActiveGuidePlacements();

    /** Every active store's placement, by store id. */
    List<Placement> findActiveStorePlacements();

    /** Codes and names of units of one kind by id, read at once; ids that name nothing are left out. */
    Map<Long, UnitName> findNames(OrganisationUnit unit, Collection<Long> ids);
}
