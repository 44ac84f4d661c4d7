package com.guidecommerce.core.memberday.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a member-day campaign recurs: on a weekday, on a day of the month, or on listed dates. */
public class MemberDayRecurrence extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, MemberDayRecurrence> TYPES = new LinkedHashMap<String, MemberDayRecurrence>();

    public static final MemberDayRecurrence WEEKLY = new MemberDayRecurrence("WEEKLY", "MemberDayRecurrence_WEEKLY");
    public static final MemberDayRecurrence MONTHLY = new MemberDayRecurrence("MONTHLY", "MemberDayRecurrence_MONTHLY");
    public static final MemberDayRecurrence DATES = new MemberDayRecurrence("DATES", "MemberDayRecurrence_DATES");

    public static MemberDayRecurrence getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public MemberDayRecurrence() {
    }

    public MemberDayRecurrence(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
