package com.guidecommerce.admin.organisation.rule;

import com.guidecommerce.core.organisation.domain.GuideStatus;

/**
 * Which employment status changes an admin may make on the guide form. Departure is final: a departed guide's members
 * have been released to other guides and their commission closed, so bringing the same guide record back would reopen
 * both. A returning employee gets a new guide record. Nor does the form let a guide depart: that is the departure
 * page's job, which hands the guide's members to heirs in the same step (a guide marked departed by hand would keep
 * members nobody serves, and could not be handed over any more).
 */
public final class GuideStatusPolicy {

    private GuideStatusPolicy() {
    }

    /** Whether a guide whose saved status is {@code current} may be saved with status {@code requested}. */
    public static boolean canMove(GuideStatus current, GuideStatus requested) {
        if (current == null || requested == null) {
            return true;
        }
        return !GuideStatus.DEPARTED.equals(current) || GuideStatus.DEPARTED.equals(requested);
    }

    /** Whether a saved guide whose status is {@code current} would be marked departed without a departure. */
    public static boolean bypassesDeparture(GuideStatus current, GuideStatus requested) {
        return current != null && !GuideStatus.DEPARTED.equals(current) && GuideStatus.DEPARTED.equals(requested);
    }
}
