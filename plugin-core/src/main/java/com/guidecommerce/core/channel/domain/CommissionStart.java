package com.guidecommerce.core.channel.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** When a channel's orders start earning commission: once paid, or only once completed (delivered and accepted). */
public class CommissionStart extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CommissionStart> TYPES = new LinkedHashMap<String, CommissionStart>();

    public static final CommissionStart PAID = new CommissionStart("PAID", "CommissionStart_PAID");
    public static final CommissionStart COMPLETED = new CommissionStart("COMPLETED", "CommissionStart_COMPLETED");

    public static CommissionStart getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public CommissionStart() {
    }

    public CommissionStart(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
