package com.guidecommerce.core.fraud.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Patterns that suggest a guide is padding their member count. */
public class FraudSignalType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, FraudSignalType> TYPES = new LinkedHashMap<String, FraudSignalType>();

    /** Many bindings in one hour. */
    public static final FraudSignalType REGISTRATION_BURST = new FraudSignalType("REGISTRATION_BURST", "FraudSignalType_REGISTRATION_BURST");
    /** Most members bound long enough ago never bought anything. */
    public static final FraudSignalType NO_PURCHASE = new FraudSignalType("NO_PURCHASE", "FraudSignalType_NO_PURCHASE");
    /** Several members share the first seven digits of their phone number. */
    public static final FraudSignalType SHARED_PHONE_PREFIX = new FraudSignalType("SHARED_PHONE_PREFIX", "FraudSignalType_SHARED_PHONE_PREFIX");
    /** Several members ship to the same address. */
    public static final FraudSignalType SHARED_ADDRESS = new FraudSignalType("SHARED_ADDRESS", "FraudSignalType_SHARED_ADDRESS");
    /** The guide bound another guide's employee account. */
    public static final FraudSignalType EMPLOYEE_ACCOUNT = new FraudSignalType("EMPLOYEE_ACCOUNT", "FraudSignalType_EMPLOYEE_ACCOUNT");

    public static FraudSignalType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public FraudSignalType() {
    }

    public FraudSignalType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
