package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ledger entry's role as the admin shows and filters it: a plan's roles ({@link CommissionRole}) and the contest
 * winner a bonus credits, which no plan rule names.
 */
public class EntryRoleType extends GcEnumeration {

    /** The role of a contest's bonus entry. */
    public static final String CONTEST_WINNER = "CONTEST_WINNER";

    private static final long serialVersionUID = 1L;
    private static final Map<String, EntryRoleType> TYPES = new LinkedHashMap<String, EntryRoleType>();

    static {
        for (CommissionRole role : Arrays.asList(CommissionRole.SHARER, CommissionRole.SHARER_PARENT,
                CommissionRole.BOUND_GUIDE, CommissionRole.FRANCHISEE)) {
            new EntryRoleType(role.getType(), role.getFriendlyType());
        }
        new EntryRoleType(CONTEST_WINNER, "CommissionRole_" + CONTEST_WINNER);
    }

    public static EntryRoleType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public EntryRoleType() {
    }

    public EntryRoleType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
