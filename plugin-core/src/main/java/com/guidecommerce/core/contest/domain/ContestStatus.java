package com.guidecommerce.core.contest.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Open until the return window after the last day has passed; then closed once, with its results. */
public class ContestStatus extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ContestStatus> TYPES = new LinkedHashMap<String, ContestStatus>();

    public static final ContestStatus OPEN = new ContestStatus("OPEN", "ContestStatus_OPEN");
    public static final ContestStatus CLOSED = new ContestStatus("CLOSED", "ContestStatus_CLOSED");

    public static ContestStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public ContestStatus() {
    }

    public ContestStatus(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
