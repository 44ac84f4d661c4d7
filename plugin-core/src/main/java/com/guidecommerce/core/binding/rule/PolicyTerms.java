package com.guidecommerce.core.binding.rule;

/**
 * The terms a binding source grants: how long a binding lasts, how long no other guide can take the member over,
 * and whether a newer binding of this source may take over a member who is bound to another guide.
 */
public final class PolicyTerms {

    private final Integer validityDays;
    private final int protectionDays;
    private final boolean overridesExisting;

    /**
     * @param validityDays      days the binding lasts, or {@code null} for a permanent binding
     * @param protectionDays    days during which another guide cannot take the member over (0 for none)
     * @param overridesExisting whether this source may take over a member bound to another, unprotected guide
     */
    public PolicyTerms(Integer validityDays, int protectionDays, boolean overridesExisting) {
        if (validityDays != null && validityDays <= 0) {
            throw new IllegalArgumentException("validityDays must be positive or null (permanent), was " + validityDays);
        }
        if (protectionDays < 0) {
            throw new IllegalArgumentException("protectionDays must not be negative, was " + protectionDays);
        }
        this.validityDays = validityDays;
        this.protectionDays = protectionDays;
        this.overridesExisting = overridesExisting;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public boolean isPermanent() {
        return validityDays == null;
    }

    public int getProtectionDays() {
        return protectionDays;
    }

    public boolean isOverridesExisting() {
        return overridesExisting;
    }
}
