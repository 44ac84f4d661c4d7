package com.guidecommerce.core.channel.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Whether a channel order's buyer is known ({@link MatchStatus}), labelled in HQ's language. */
public class MatchStatusType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, MatchStatusType> TYPES = new LinkedHashMap<String, MatchStatusType>();

    static {
        for (MatchStatus value : MatchStatus.values()) {
            new MatchStatusType(value.name(), "MatchStatus_" + value.name());
        }
    }

    public static MatchStatusType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public MatchStatusType() {
    }

    public MatchStatusType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
