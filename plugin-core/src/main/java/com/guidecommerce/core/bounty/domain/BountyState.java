package com.guidecommerce.core.bounty.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a new-member bounty stands. Only a vested bounty is payable. */
public class BountyState extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, BountyState> TYPES = new LinkedHashMap<String, BountyState>();

    /** Waiting for the member's first qualifying paid order to survive its return window. */
    public static final BountyState PENDING = new BountyState("PENDING", "BountyState_PENDING");
    /** Payable: the member's first order survived its return window. */
    public static final BountyState VESTED = new BountyState("VESTED", "BountyState_VESTED");
    /** Never payable: no qualifying order in time, or the order was refunded. */
    public static final BountyState VOID = new BountyState("VOID", "BountyState_VOID");
    /** Never payable: the guide had already reached the day's bounty cap. */
    public static final BountyState CAPPED = new BountyState("CAPPED", "BountyState_CAPPED");

    public static BountyState getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public BountyState() {
    }

    public BountyState(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }

    public boolean isFinal() {
        return !PENDING.equals(this);
    }
}
