package com.guidecommerce.core.organisation.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** The role of a guide inside their store. */
public class GuideRole extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, GuideRole> TYPES = new LinkedHashMap<String, GuideRole>();

    public static final GuideRole GUIDE = new GuideRole("GUIDE", "GuideRole_GUIDE");
    public static final GuideRole STORE_MANAGER = new GuideRole("STORE_MANAGER", "GuideRole_STORE_MANAGER");

    public static GuideRole getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public GuideRole() {
    }

    public GuideRole(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
