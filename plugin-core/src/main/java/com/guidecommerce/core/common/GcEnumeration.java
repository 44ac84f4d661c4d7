package com.guidecommerce.core.common;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.Map;

/**
 * Base of the plugin's extensible enumerations, in Broadleaf's style: a value is a code plus a friendly name
 * (a message key the admin resolves), and a host may add values by creating more instances.
 */
public abstract class GcEnumeration implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private String type;
    private String friendlyType;

    protected GcEnumeration() {
    }

    protected GcEnumeration(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
    }

    /** Adds a value to its type's registry unless a value with the same code is there already. */
    protected static <E extends GcEnumeration> void register(Map<String, E> registry, E value) {
        if (!registry.containsKey(value.getType())) {
            registry.put(value.getType(), value);
        }
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        GcEnumeration that = (GcEnumeration) other;
        return type == null ? that.type == null : type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
