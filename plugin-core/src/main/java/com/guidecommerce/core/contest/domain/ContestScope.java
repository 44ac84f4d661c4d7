package com.guidecommerce.core.contest.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who competes: the guides (or stores) of one store, one region, or the whole nation. */
public class ContestScope extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ContestScope> TYPES = new LinkedHashMap<String, ContestScope>();

    public static final ContestScope NATION = new ContestScope("NATION", "ContestScope_NATION");
    public static final ContestScope REGION = new ContestScope("REGION", "ContestScope_REGION");
    public static final ContestScope STORE = new ContestScope("STORE", "ContestScope_STORE");

    public static ContestScope getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public ContestScope() {
    }

    public ContestScope(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
