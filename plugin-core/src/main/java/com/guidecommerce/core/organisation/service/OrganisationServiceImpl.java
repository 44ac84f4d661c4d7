package com.guidecommerce.core.organisation.service;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.organisation.dao.GuideProfileReader;
import com.guidecommerce.core.organisation.dao.OrganisationDao;
import com.guidecommerce.core.organisation.dao.PlacementReader;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

public class OrganisationServiceImpl implements OrganisationService {

    @Resource(name = "gcOrganisationDao")
    protected OrganisationDao organisationDao;

    @Resource(name = "gcGuideProfileReader")
    protected GuideProfileReader guideProfileReader;

    @Resource(name = "gcPlacementReader")
    protected PlacementReader placementReader;

    @Override
    public List<Placement> findActiveGuidePlacements() {
        return placementReader.activeGuides();
    }

    @Override
    public List<Placement> findActiveStorePlacements() {
        return placementReader.activeStores();
    }

    @Override
    public Map<Long, UnitName> findNames(OrganisationUnit unit, Collection<Long> ids) {
        return placementReader.names(unit, ids);
    }

    @Override
    public Map<Long, GuideProfile> findGuideProfiles(Collection<Long> guideIds) {
        Map<Long, GuideProfile> profiles = new HashMap<Long, GuideProfile>();
        for (GuideProfile profile : guideProfileReader.byIds(guideIds)) {
            profiles.put(profile.getId(), profile);
        }
        return profiles;
    }

    @Override
    public Map<String, GuideProfile> findGuideProfilesByCode(Collection<String> guideCodes) {
        Map<String, GuideProfile> profiles = new HashMap<String, GuideProfile>();
        for (GuideProfile profile : guideProfileReader.byCodes(guideCodes)) {
            profiles.put(profile.getCode(), profile);
        }
        return profiles;
    }

    @Override
    public Map<Long, Placement> findGuidePlaces(Collection<Long> guideIds) {
        Map<Long, Placement> places = new HashMap<Long, Placement>();
        if (!guideIds.isEmpty()) {
            for (Placement place : guideProfileReader.placesByIds(guideIds)) {
                places.put(place.getId(), place);
            }
        }
        return places;
    }

    @Override
    public Region createRegion() {
        return organisationDao.createRegion();
    }

    @Override
    public Franchisee createFranchisee() {
        return organisationDao.createFranchisee();
    }

    @Override
    public Store createStore() {
        return organisationDao.createStore();
    }

    @Override
    public Guide createGuide() {
        return organisationDao.createGuide();
    }

    @Override
    @Transactional("blTransactionManager")
    public Region saveRegion(Region region) {
        return organisationDao.save(region);
    }

    @Override
    @Transactional("blTransactionManager")
    public Franchisee saveFranchisee(Franchisee franchisee) {
        return organisationDao.save(franchisee);
    }

    @Override
    @Transactional("blTransactionManager")
    public Store saveStore(Store store) {
        return organisationDao.save(store);
    }

    @Override
    @Transactional("blTransactionManager")
    public Guide saveGuide(Guide guide) {
        return organisationDao.save(guide);
    }

    @Override
    @Transactional("blTransactionManager")
    public Guide changeGuideTier(Long guideId, String tierCode) {
        Guide guide = guideId == null ? null : organisationDao.readGuideForUpdate(guideId);
        if (guide == null) {
            throw new IllegalArgumentException("There is no guide " + guideId);
        }
        guide.setTierCode(tierCode);
        return guide;
    }

    @Override
    public List<TierHolding> findActiveGuideTiers() {
        return organisationDao.readActiveGuideTiers();
    }

    @Override
    public Region findRegionByCode(String code) {
        return code == null ? null : organisationDao.readRegionByCode(code.trim());
    }

    @Override
    public Franchisee findFranchiseeByCode(String code) {
        return code == null ? null : organisationDao.readFranchiseeByCode(code.trim());
    }

    @Override
    public Store findStoreByCode(String code) {
        return code == null ? null : organisationDao.readStoreByCode(code.trim());
    }

    @Override
    public List<Store> findActiveStores() {
        return organisationDao.readActiveStores();
    }

    @Override
    public Guide findGuideByCode(String guideCode) {
        if (guideCode == null || guideCode.trim().isEmpty()) {
            return null;
        }
        return organisationDao.readGuideByCode(guideCode.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public Guide findGuideByCustomerId(Long customerId) {
        return customerId == null ? null : organisationDao.readGuideByCustomerId(customerId);
    }

    @Override
    public List<Guide> findGuidesByStore(Store store) {
        return organisationDao.readGuidesByStore(store.getId());
    }

    @Override
    public boolean isStoreCodeTaken(String code, Long storeId) {
        return code != null && organisationDao.countStoresWithCode(code.trim(), storeId) > 0;
    }
}
