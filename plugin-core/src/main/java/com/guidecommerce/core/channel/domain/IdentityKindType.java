package com.guidecommerce.core.channel.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a buyer is recognised ({@link IdentityType}) as the admin shows and filters it, labelled in HQ's language. */
public class IdentityKindType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, IdentityKindType> TYPES = new LinkedHashMap<String, IdentityKindType>();

    static {
        for (IdentityType value : IdentityType.values()) {
            new IdentityKindType(value.name(), "IdentityType_" + value.name());
        }
    }

    public static IdentityKindType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public IdentityKindType() {
    }

    public IdentityKindType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
