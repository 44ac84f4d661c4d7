package com.guidecommerce.core.bounty.rule;

import com.guidecommerce.core.bounty.domain.BountyState;
import com.guidecommerce.core.common.Note;

import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The new-member bounty rules, free of persistence and clocks:
 * <ul>
 *   <li>a member is "new" when bound within the new-member window after registering;</li>
 *   <li>a guide earns at most the daily cap of bounties per store-local day; the rest are capped, never payable;</li>
 *   <li>a bounty vests once the member's first qualifying order (at least the minimum amount, paid within the
 *       purchase deadline after binding) has survived the return window without a refund;</li>
 *   <li>it becomes void when that order is refunded or no qualifying order came before the deadline.</li>
 * </ul>
 */
public final class BountyRules {

    /** The reasons of the decisions, stored as {@link Note}s. */
    public static final String CAPPED = Note.of("bounty.dailyCap").format();
    public static final String NO_PURCHASE = Note.of("bounty.noPurchase").format();
    public static final String REFUNDED = Note.of("bounty.refunded").format();
    public static final String VESTED = Note.of("bounty.vested").format();

    private static final long HOUR = TimeUnit.HOURS.toMillis(1);
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    private BountyRules() {
    }

    public static boolean isNewMember(Date registeredAt, Date boundAt, BountyTerms terms) {
        return registeredAt != null && !boundAt.before(registeredAt)
                && boundAt.getTime() - registeredAt.getTime() <= terms.getNewMemberWindowHours() * HOUR;
    }

    /** The state of a new bounty when the guide already has {@code bountiesToday} uncapped ones that day. */
    public static BountyState creationState(int bountiesToday, BountyTerms terms) {
        return bountiesToday >= terms.getDailyCapPerGuide() ? BountyState.CAPPED : BountyState.PENDING;
    }

    /**
     * What a pending bounty becomes now, given the member's paid orders in payment order. An order qualifies when it
     * was paid at or after the binding, before the purchase deadline, for at least the minimum amount, and was not
     * refunded; the earliest qualifying order whose return window has closed vests the bounty.
     */
    public static BountyDecision vesting(Date boundAt, List<FirstOrder> ordersInPaymentOrder, Date now, BountyTerms terms) {
        Date deadline = new Date(boundAt.getTime() + terms.getPurchaseDeadlineDays() * DAY);
        boolean openWindow = false;
        boolean refundedAny = false;
        for (FirstOrder order : ordersInPaymentOrder) {
            boolean inTime = !order.getPaidAt().before(boundAt) && order.getPaidAt().before(deadline);
            if (!inTime || order.getMerchandisePaid().compareTo(terms.getMinimumOrderAmount()) < 0) {
                continue;
            }
            if (order.isRefunded()) {
                refundedAny = true;
                continue;
            }
            Date windowCloses = new Date(order.getPaidAt().getTime() + terms.getReturnWindowDays() * DAY);
            if (!now.before(windowCloses)) {
                return new BountyDecision(BountyState.VESTED, order.getOrderNumber(), VESTED);
            }
            openWindow = true;
        }
        if (openWindow || now.before(deadline)) {
            return new BountyDecision(BountyState.PENDING, null, null);
        }
        return new BountyDecision(BountyState.VOID, null, refundedAny ? REFUNDED : NO_PURCHASE);
    }
}
