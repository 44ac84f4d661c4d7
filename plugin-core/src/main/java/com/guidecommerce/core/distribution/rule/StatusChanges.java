package com.guidecommerce.core.distribution.rule;

import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HQ's actions on a distributor and the status each leads to: approve a pending one, suspend an active one,
 * reactivate a suspended one, move or end anyone not ended yet.
 */
public final class StatusChanges {

    private static final List<DistributorAction> HQ_ACTIONS = Arrays.asList(DistributorAction.APPROVED,
            DistributorAction.MOVED, DistributorAction.SUSPENDED, DistributorAction.REACTIVATED, DistributorAction.ENDED);

    private StatusChanges() {
    }

    /**
     * The status after the action, or an exception naming the distributor's code when the action does not apply.
     * A move keeps the status.
     */
    public static DistributorStatus apply(DistributorAction action, DistributorStatus current, String code) {
        DistributorStatus next = next(action, current);
        if (next == null) {
            throw new DistributionException(DistributionError.ACTION_NOT_ALLOWED, code,
                    current.getType(), action.getType());
        }
        return next;
    }

    /** The actions HQ can take on a distributor in this status, in the order the admin offers them. */
    public static List<DistributorAction> available(DistributorStatus current) {
        List<DistributorAction> actions = new ArrayList<DistributorAction>();
        for (DistributorAction action : HQ_ACTIONS) {
            if (next(action, current) != null) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** HQ writes why it acted: the history would be worth little without it. */
    public static String requireReason(String reason) {
        if (reason == null || reason.trim().isEmpty()) {
            throw new DistributionException(DistributionError.REASON_REQUIRED);
        }
        return reason.trim();
    }

    private static DistributorStatus next(DistributorAction action, DistributorStatus current) {
        if (DistributorAction.APPROVED.equals(action)) {
            return DistributorStatus.PENDING.equals(current) ? DistributorStatus.ACTIVE : null;
        }
        if (DistributorAction.SUSPENDED.equals(action)) {
            return DistributorStatus.ACTIVE.equals(current) ? DistributorStatus.SUSPENDED : null;
        }
        if (DistributorAction.REACTIVATED.equals(action)) {
            return DistributorStatus.SUSPENDED.equals(current) ? DistributorStatus.ACTIVE : null;
        }
        boolean ended = DistributorStatus.ENDED.equals(current);
        if (DistributorAction.MOVED.equals(action)) {
            return ended ? null : current;
        }
        if (DistributorAction.ENDED.equals(action)) {
            return ended ? null : DistributorStatus.ENDED;
        }
        return null;
    }
}
