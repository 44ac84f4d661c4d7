package com.guidecommerce.core.organisation.service;

import java.io.Serializable;

/**
 * Where a guide or a store sits in the organisation, read in bulk for boards: its store, the store's region and
 * franchisee (none for an HQ-direct store) and the store's time zone id.
 */
public final class Placement implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final Long storeId;
    private final Long regionId;
    private final Long franchiseeId;
    private final String timeZoneId;

    public Placement(Long id, Long storeId, Long regionId, Long franchiseeId, String timeZoneId) {
        this.id = id;
        this.storeId = storeId;
        this.regionId = regionId;
        this.franchiseeId = franchiseeId;
        this.timeZoneId = timeZoneId;
    }

    /** The guide's id, or the store's for a store's placement. */
    public Long getId() {
        return id;
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

    public String getTimeZoneId() {
        return timeZoneId;
    }
}
