package com.guidecommerce.core.tier.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who a tier ladder is for: guides (普通导购 / 超级导购) or distributors (普通 / 银 / 金). */
public class TierSubject extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, TierSubject> TYPES = new LinkedHashMap<String, TierSubject>();

    public static final TierSubject GUIDE = new TierSubject("GUIDE", "TierSubject_GUIDE");
    public static final TierSubject DISTRIBUTOR = new TierSubject("DISTRIBUTOR", "TierSubject_DISTRIBUTOR");

    public static TierSubject getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public TierSubject() {
    }

    public TierSubject(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
