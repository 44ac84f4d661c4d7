package com.guidecommerce.core.tier.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Why a subject's tier changed: a period's evaluation, or HQ setting it by hand. */
public class TierChangeCause extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, TierChangeCause> TYPES = new LinkedHashMap<String, TierChangeCause>();

    public static final TierChangeCause EVALUATION = new TierChangeCause("EVALUATION", "TierChangeCause_EVALUATION");
    public static final TierChangeCause OVERRIDE = new TierChangeCause("OVERRIDE", "TierChangeCause_OVERRIDE");

    public static TierChangeCause getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public TierChangeCause() {
    }

    public TierChangeCause(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
