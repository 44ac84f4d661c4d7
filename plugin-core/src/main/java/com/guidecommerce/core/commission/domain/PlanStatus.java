package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** The life of a commission plan version: a draft is edited, an active plan applies from its effective time, a retired one applies to orders paid while it was in force. */
public class PlanStatus extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, PlanStatus> TYPES = new LinkedHashMap<String, PlanStatus>();

    public static final PlanStatus DRAFT = new PlanStatus("DRAFT", "PlanStatus_DRAFT");
    public static final PlanStatus ACTIVE = new PlanStatus("ACTIVE", "PlanStatus_ACTIVE");
    public static final PlanStatus RETIRED = new PlanStatus("RETIRED", "PlanStatus_RETIRED");

    public static PlanStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public PlanStatus() {
    }

    public PlanStatus(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
