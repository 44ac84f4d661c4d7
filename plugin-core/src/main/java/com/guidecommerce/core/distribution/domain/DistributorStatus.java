package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a distributor stands with their guide. Only an active distributor shares and earns. */
public class DistributorStatus extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, DistributorStatus> TYPES = new LinkedHashMap<String, DistributorStatus>();

    /** Accepted an invitation and waits for HQ's approval. */
    public static final DistributorStatus PENDING = new DistributorStatus("PENDING", "DistributorStatus_PENDING");
    public static final DistributorStatus ACTIVE = new DistributorStatus("ACTIVE", "DistributorStatus_ACTIVE");
    /** Stopped by HQ for a while; can be reactivated. */
    public static final DistributorStatus SUSPENDED = new DistributorStatus("SUSPENDED", "DistributorStatus_SUSPENDED");
    /** No longer a distributor; the member may accept a new invitation. */
    public static final DistributorStatus ENDED = new DistributorStatus("ENDED", "DistributorStatus_ENDED");

    public static DistributorStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public DistributorStatus() {
    }

    public DistributorStatus(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
