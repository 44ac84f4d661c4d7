package com.guidecommerce.core.distribution.service;

import com.guidecommerce.core.distribution.domain.DistributorStatus;

import java.io.Serializable;

/**
 * What other features need to know of a distributor when they credit one: who (id, code, name, member account),
 * their recruiting guide (the parent a share of theirs credits as the second level), their tier and status. A
 * snapshot, read in bulk.
 */
public final class DistributorProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String name;
    private final Long customerId;
    private final Long guideId;
    private final String tier;
    private final String status;

    public DistributorProfile(Long id, String code, String name, Long customerId, Long guideId, String tier,
                              String status) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.customerId = customerId;
        this.guideId = guideId;
        this.tier = tier;
        this.status = status;
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

    public Long getCustomerId() {
        return customerId;
    }

    public Long getGuideId() {
        return guideId;
    }

    public String getTier() {
        return tier;
    }

    /** Only an active distributor's shares earn: a pending, suspended or ended one's credit no one. */
    public boolean isActive() {
        return DistributorStatus.ACTIVE.getType().equals(status);
    }

    public String getStatus() {
        return status;
    }
}
