package com.guidecommerce.core.memberday.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** A tier's member-day discount on the whole order: a percentage off, or an amount off. */
public class MemberDayDiscountType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, MemberDayDiscountType> TYPES = new LinkedHashMap<String, MemberDayDiscountType>();

    public static final MemberDayDiscountType PERCENT_OFF =
            new MemberDayDiscountType("PERCENT_OFF", "MemberDayDiscountType_PERCENT_OFF");
    public static final MemberDayDiscountType AMOUNT_OFF =
            new MemberDayDiscountType("AMOUNT_OFF", "MemberDayDiscountType_AMOUNT_OFF");

    public static MemberDayDiscountType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public MemberDayDiscountType() {
    }

    public MemberDayDiscountType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
