package com.guidecommerce.core.contest.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the top N win: promotion to a guide tier, or a bonus. */
public class ContestReward extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ContestReward> TYPES = new LinkedHashMap<String, ContestReward>();

    public static final ContestReward PROMOTION = new ContestReward("PROMOTION", "ContestReward_PROMOTION");
    public static final ContestReward BONUS = new ContestReward("BONUS", "ContestReward_BONUS");

    public static ContestReward getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public ContestReward() {
    }

    public ContestReward(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
