package com.guidecommerce.core.membertier.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Why a member's tier changed: their spend lifted it, a period's evaluation set it, or HQ set it by hand. */
public class MemberTierChangeCause extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, MemberTierChangeCause> TYPES = new LinkedHashMap<String, MemberTierChangeCause>();

    public static final MemberTierChangeCause UPGRADE =
            new MemberTierChangeCause("UPGRADE", "MemberTierChangeCause_UPGRADE");
    public static final MemberTierChangeCause EVALUATION =
            new MemberTierChangeCause("EVALUATION", "MemberTierChangeCause_EVALUATION");
    public static final MemberTierChangeCause OVERRIDE =
            new MemberTierChangeCause("OVERRIDE", "MemberTierChangeCause_OVERRIDE");

    public static MemberTierChangeCause getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public MemberTierChangeCause() {
    }

    public MemberTierChangeCause(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
