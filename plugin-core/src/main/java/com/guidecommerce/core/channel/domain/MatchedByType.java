package com.guidecommerce.core.channel.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a channel order's buyer was recognised, as the admin shows and filters it: by one of the buyer's identities
 * ({@link IdentityType}), or by HQ on the unmatched orders' page ({@link #ADMIN}).
 */
public class MatchedByType extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, MatchedByType> TYPES = new LinkedHashMap<String, MatchedByType>();

    static {
        for (IdentityType identity : IdentityType.values()) {
            new MatchedByType(identity.name(), "IdentityType_" + identity.name());
        }
    }

    /** HQ identified the buyer by hand. */
    public static final MatchedByType ADMIN = new MatchedByType("ADMIN", "MatchedBy_ADMIN");

    /** The buyer scanned the package card of the order and claimed it. */
    public static final MatchedByType PACKAGE_CARD = new MatchedByType("PACKAGE_CARD", "MatchedBy_PACKAGE_CARD");

    public static MatchedByType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public MatchedByType() {
    }

    public MatchedByType(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
