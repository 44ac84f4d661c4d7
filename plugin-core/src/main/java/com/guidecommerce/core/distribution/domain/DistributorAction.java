package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** What happened to a distributor, as their history records it. */
public class DistributorAction extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, DistributorAction> TYPES = new LinkedHashMap<String, DistributorAction>();

    /** The member accepted an invitation and is a distributor at once. */
    public static final DistributorAction JOINED = new DistributorAction("JOINED", "DistributorAction_JOINED");
    /** The member accepted an invitation and waits for HQ's approval. */
    public static final DistributorAction APPLIED = new DistributorAction("APPLIED", "DistributorAction_APPLIED");
    public static final DistributorAction APPROVED = new DistributorAction("APPROVED", "DistributorAction_APPROVED");
    /** HQ gave the distributor to another guide. */
    public static final DistributorAction MOVED = new DistributorAction("MOVED", "DistributorAction_MOVED");
    public static final DistributorAction SUSPENDED = new DistributorAction("SUSPENDED", "DistributorAction_SUSPENDED");
    public static final DistributorAction REACTIVATED = new DistributorAction("REACTIVATED",
            "DistributorAction_REACTIVATED");
    /** The distributor's tier changed, by a period's evaluation or by HQ. */
    public static final DistributorAction TIER_CHANGED = new DistributorAction("TIER_CHANGED",
            "DistributorAction_TIER_CHANGED");
    public static final DistributorAction ENDED = new DistributorAction("ENDED", "DistributorAction_ENDED");

    public static DistributorAction getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public DistributorAction() {
    }

    public DistributorAction(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
