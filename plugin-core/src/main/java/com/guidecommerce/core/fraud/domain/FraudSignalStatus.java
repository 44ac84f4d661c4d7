package com.guidecommerce.core.fraud.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where HQ's review of a fraud signal stands. */
public class FraudSignalStatus extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, FraudSignalStatus> TYPES = new LinkedHashMap<String, FraudSignalStatus>();

    public static final FraudSignalStatus OPEN = new FraudSignalStatus("OPEN", "FraudSignalStatus_OPEN");
    public static final FraudSignalStatus CONFIRMED = new FraudSignalStatus("CONFIRMED", "FraudSignalStatus_CONFIRMED");
    public static final FraudSignalStatus DISMISSED = new FraudSignalStatus("DISMISSED", "FraudSignalStatus_DISMISSED");

    public static FraudSignalStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public FraudSignalStatus() {
    }

    public FraudSignalStatus(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
