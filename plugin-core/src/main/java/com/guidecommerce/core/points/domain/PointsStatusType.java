package com.guidecommerce.core.points.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** A points entry's status ({@link PointsStatus}) as the admin shows and filters it, labelled in HQ's language. */
public class PointsStatusType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, PointsStatusType> TYPES = new LinkedHashMap<String, PointsStatusType>();

    static {
        for (PointsStatus value : PointsStatus.values()) {
            new PointsStatusType(value.name(), "PointsStatus_" + value.name());
        }
    }

    public static PointsStatusType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public PointsStatusType() {
    }

    public PointsStatusType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
