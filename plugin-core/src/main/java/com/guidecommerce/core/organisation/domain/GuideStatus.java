package com.guidecommerce.core.organisation.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Employment status of a guide. Only an active guide binds members and earns commission. */
public class GuideStatus extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, GuideStatus> TYPES = new LinkedHashMap<String, GuideStatus>();

    public static final GuideStatus ACTIVE = new GuideStatus("ACTIVE", "GuideStatus_ACTIVE");
    public static final GuideStatus SUSPENDED = new GuideStatus("SUSPENDED", "GuideStatus_SUSPENDED");
    public static final GuideStatus DEPARTED = new GuideStatus("DEPARTED", "GuideStatus_DEPARTED");

    public static GuideStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public GuideStatus() {
    }

    public GuideStatus(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
