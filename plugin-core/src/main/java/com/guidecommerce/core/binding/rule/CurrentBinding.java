package com.guidecommerce.core.binding.rule;

import java.util.Date;

/** What the rules need to know of a member's existing binding. */
public final class CurrentBinding {

    private final long guideId;
    private final Date validUntil;
    private final Date protectedUntil;

    /**
     * @param validUntil     end of the binding, {@code null} when permanent
     * @param protectedUntil end of its protection, {@code null} when it has none
     */
    public CurrentBinding(long guideId, Date validUntil, Date protectedUntil) {
        this.guideId = guideId;
        this.validUntil = validUntil;
        this.protectedUntil = protectedUntil;
    }

    public long getGuideId() {
        return guideId;
    }

    public Date getValidUntil() {
        return validUntil;
    }

    public Date getProtectedUntil() {
        return protectedUntil;
    }

    public boolean isValidAt(Date now) {
        return validUntil == null || validUntil.after(now);
    }

    public boolean isProtectedAt(Date now) {
        return protectedUntil != null && protectedUntil.after(now);
    }
}
