package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who a commission rule pays, in the order a line's capped commission is served. */
public class CommissionRole extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CommissionRole> TYPES = new LinkedHashMap<String, CommissionRole>();

    public static final CommissionRole SHARER = new CommissionRole("SHARER", "CommissionRole_SHARER");
    public static final CommissionRole SHARER_PARENT = new CommissionRole("SHARER_PARENT", "CommissionRole_SHARER_PARENT");
    public static final CommissionRole BOUND_GUIDE = new CommissionRole("BOUND_GUIDE", "CommissionRole_BOUND_GUIDE");
    public static final CommissionRole FRANCHISEE = new CommissionRole("FRANCHISEE", "CommissionRole_FRANCHISEE");

    public static CommissionRole getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public CommissionRole() {
    }

    public CommissionRole(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
