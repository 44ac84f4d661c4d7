package com.guidecommerce.core.departure.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a departing guide's members are handed to heirs. */
public class DepartureStrategy extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, DepartureStrategy> TYPES = new LinkedHashMap<String, DepartureStrategy>();

    /** Every member goes to the active manager of the departing guide's store. */
    public static final DepartureStrategy STORE_MANAGER = new DepartureStrategy("STORE_MANAGER", "DepartureStrategy_STORE_MANAGER");
    /** Members are dealt in turn to the store's other active guides, each up to an optional capacity. */
    public static final DepartureStrategy ROUND_ROBIN = new DepartureStrategy("ROUND_ROBIN", "DepartureStrategy_ROUND_ROBIN");
    /** Every member goes to one active guide HQ names, in any store. */
    public static final DepartureStrategy NAMED_GUIDE = new DepartureStrategy("NAMED_GUIDE", "DepartureStrategy_NAMED_GUIDE");

    public static DepartureStrategy getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public static Iterable<DepartureStrategy> values() {
        return TYPES.values();
    }

    public DepartureStrategy() {
    }

    public DepartureStrategy(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
