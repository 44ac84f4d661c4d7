package com.guidecommerce.core.contest.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Guide against guide, or store against store (a team is a store's guides). */
public class ContestMode extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ContestMode> TYPES = new LinkedHashMap<String, ContestMode>();

    public static final ContestMode INDIVIDUAL = new ContestMode("INDIVIDUAL", "ContestMode_INDIVIDUAL");
    public static final ContestMode TEAM = new ContestMode("TEAM", "ContestMode_TEAM");

    public static ContestMode getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public ContestMode() {
    }

    public ContestMode(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
