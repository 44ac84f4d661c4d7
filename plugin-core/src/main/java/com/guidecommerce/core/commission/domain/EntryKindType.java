package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** A ledger entry's kind ({@link EntryKind}) as the admin shows and filters it, labelled in HQ's language. */
public class EntryKindType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, EntryKindType> TYPES = new LinkedHashMap<String, EntryKindType>();

    static {
        for (EntryKind value : EntryKind.values()) {
            new EntryKindType(value.name(), "EntryKind_" + value.name());
        }
    }

    public static EntryKindType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public EntryKindType() {
    }

    public EntryKindType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
