package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** A statement's status ({@link StatementStatus}) as the admin shows and filters it, labelled in HQ's language. */
public class StatementStatusType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, StatementStatusType> TYPES = new LinkedHashMap<String, StatementStatusType>();

    static {
        for (StatementStatus value : StatementStatus.values()) {
            new StatementStatusType(value.name(), "gcStatementStatus_" + value.name());
        }
    }

    public static StatementStatusType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public StatementStatusType() {
    }

    public StatementStatusType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
