package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who is paid ({@link BeneficiaryType}) as the admin shows and filters it, labelled in HQ's language. */
public class BeneficiaryKindType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, BeneficiaryKindType> TYPES = new LinkedHashMap<String, BeneficiaryKindType>();

    static {
        for (BeneficiaryType value : BeneficiaryType.values()) {
            new BeneficiaryKindType(value.name(), "BeneficiaryType_" + value.name());
        }
    }

    public static BeneficiaryKindType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public BeneficiaryKindType() {
    }

    public BeneficiaryKindType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
