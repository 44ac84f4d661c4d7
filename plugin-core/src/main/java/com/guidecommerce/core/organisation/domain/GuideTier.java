package com.guidecommerce.core.organisation.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** A guide's tier; each tier may carry its own commission rates. */
public class GuideTier extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, GuideTier> TYPES = new LinkedHashMap<String, GuideTier>();

    public static final GuideTier NORMAL = new GuideTier("NORMAL", "GuideTier_NORMAL");
    public static final GuideTier SUPER = new GuideTier("SUPER", "GuideTier_SUPER");

    public static GuideTier getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public GuideTier() {
    }

    public GuideTier(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
