package com.guidecommerce.core.contest.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a contest ranks by: net sales (refunds taken off), orders or new members. */
public class ContestMetric extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ContestMetric> TYPES = new LinkedHashMap<String, ContestMetric>();

    public static final ContestMetric NET_SALES = new ContestMetric("NET_SALES", "ContestMetric_NET_SALES");
    public static final ContestMetric ORDERS = new ContestMetric("ORDERS", "ContestMetric_ORDERS");
    public static final ContestMetric NEW_MEMBERS = new ContestMetric("NEW_MEMBERS", "ContestMetric_NEW_MEMBERS");

    public static ContestMetric getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public ContestMetric() {
    }

    public ContestMetric(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
