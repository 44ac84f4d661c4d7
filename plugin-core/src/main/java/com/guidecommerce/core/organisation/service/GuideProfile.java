package com.guidecommerce.core.organisation.service;

import com.guidecommerce.core.organisation.domain.GuideStatus;

import java.io.Serializable;

/**
 * What other features need to know of a guide when they credit one: who (id, code, name), their tier and status, and
 * their store's franchisee (none for an HQ-direct store). A snapshot, read in bulk.
 */
public final class GuideProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String name;
    private final String tier;
    private final String status;
    private final Long franchiseeId;
    private final String franchiseeCode;
    private final String franchiseeName;
    /** The guide's own shopper account, if they have one: what they buy through their own link earns nothing. */
    private final Long customerId;

    public GuideProfile(Long id, String code, String name, String tier, String status, Long franchiseeId,
                        String franchiseeCode, String franchiseeName) {
        this(id, code, name, tier, status, franchiseeId, franchiseeCode, franchiseeName, null);
    }

    public GuideProfile(Long id, String code, String name, String tier, String status, Long franchiseeId,
                        String franchiseeCode, String franchiseeName, Long customerId) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.status = status;
        this.franchiseeId = franchiseeId;
        this.franchiseeCode = franchiseeCode;
        this.franchiseeName = franchiseeName;
        this.customerId = customerId;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTier() {
        return tier;
    }

    public boolean isActive() {
        return GuideStatus.ACTIVE.getType().equals(status);
    }

    public Long getFranchiseeId() {
        return franchiseeId;
    }

    public String getFranchiseeCode() {
        return franchiseeCode;
    }

    public String getFranchiseeName() {
        return franchiseeName;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
