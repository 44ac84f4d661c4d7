package com.guidecommerce.admin.organisation.rule;

import com.guidecommerce.core.organisation.domain.GuideStatus;

/**
 * Which employment status changes an admin may make. Departure is final: a departed guide's members have been
 * released to other guides and their commission closed, so bringing the same guide record back would reopen both.
 * A returning employee gets a new guide record.
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
}
