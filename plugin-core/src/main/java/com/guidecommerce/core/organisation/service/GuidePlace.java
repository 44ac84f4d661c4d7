package com.guidecommerce.core.organisation.service;

import java.io.Serializable;

/**
 * Where a guide works, for figures kept per guide and store: the store, its region and franchisee (none for an
 * HQ-direct store), and the store's time zone id as configured. A snapshot, read in bulk.
 */
public final class GuidePlace implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long guideId;
    private final Long storeId;
    private final Long regionId;
    private final Long franchiseeId;
    private final String timeZoneId;

    public GuidePlace(Long guideId, Long storeId, Long regionId, Long franchiseeId, String timeZoneId) {
        this.guideId = guideId;
        this.storeId = storeId;
        this.regionId = regionId;
        this.franchiseeId = franchiseeId;
        this.timeZoneId = timeZoneId;
    }

    public Long getGuideId() {
        return guideId;
    }

    public Long getStoreId() {
        return storeId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long getFranchiseeId() {
        return franchiseeId;
    }

    /** The store's zone id as stored; resolve it with {@code StoreTimeZones#zoneOf}. */
    public String getTimeZoneId() {
        return timeZoneId;
    }
}
