package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** A ledger entry's state ({@link EntryState}) as the admin shows and filters it, labelled in HQ's language. */
public class EntryStateType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, EntryStateType> TYPES = new LinkedHashMap<String, EntryStateType>();

    static {
        for (EntryState value : EntryState.values()) {
            new EntryStateType(value.name(), "EntryState_" + value.name());
        }
    }

    public static EntryStateType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public EntryStateType() {
    }

    public EntryStateType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
