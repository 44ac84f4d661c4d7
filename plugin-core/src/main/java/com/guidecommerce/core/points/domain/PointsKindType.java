package com.guidecommerce.core.points.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** A points entry's kind ({@link PointsKind}) as the admin shows and filters it, labelled in HQ's language. */
public class PointsKindType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, PointsKindType> TYPES = new LinkedHashMap<String, PointsKindType>();

    static {
        for (PointsKind value : PointsKind.values()) {
            new PointsKindType(value.name(), "PointsKind_" + value.name());
        }
    }

    public static PointsKindType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public PointsKindType() {
    }

    public PointsKindType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
