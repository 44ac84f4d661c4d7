package com.guidecommerce.core.bounty.rule;

import com.guidecommerce.core.bounty.domain.BountyState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BountyRulesTest {

    private static final Date BOUND = new Date(1_800_000_000_000L);
    private static final BountyTerms TERMS = new BountyTerms(new BigDecimal("5.00"), 2, 7, 30, new BigDecimal("50"), 24);

    @Test
    void shouldCountAMemberBoundSoonAfterRegisteringAsNew() {
        assertTrue(BountyRules.isNewMember(hours(-3), BOUND, TERMS));
        assertFalse(BountyRules.isNewMember(hours(-25), BOUND, TERMS));
        assertFalse(BountyRules.isNewMember(null, BOUND, TERMS));
    }

    @Test
    void shouldCapBountiesBeyondTheDailyLimit() {
        assertEquals(BountyState.PENDING, BountyRules.creationState(1, TERMS));
        assertEquals(BountyState.CAPPED, BountyRules.creationState(2, TERMS));
    }

    @Test
    void shouldStayPendingWhileTheFirstOrdersReturnWindowIsOpen() {
        BountyDecision decision = BountyRules.vesting(BOUND, orders(order("O1", days(1), "99", false)), days(5), TERMS);

        assertEquals(BountyState.PENDING, decision.getState());
    }

    @Test
    void shouldVestOnceTheFirstOrderSurvivedItsReturnWindow() {
        BountyDecision decision = BountyRules.vesting(BOUND, orders(order("O1", days(1), "99", false)), days(8), TERMS);

        assertEquals(BountyState.VESTED, decision.getState());
        assertEquals("O1", decision.getOrderNumber());
    }

    @Test
    void shouldNeverVestWhenEveryOrderWasRefunded() {
        BountyDecision decision = BountyRules.vesting(BOUND, orders(order("O1", days(1), "99", true)), days(31), TERMS);

        assertEquals(BountyState.VOID, decision.getState());
        assertEquals(BountyRules.REFUNDED, decision.getReason());
    }

    @Test
    void shouldVestOnALaterOrderWhenTheFirstOneWasRefunded() {
        BountyDecision decision = BountyRules.vesting(BOUND,
                orders(order("O1", days(1), "99", true), order("O2", days(3), "99", false)), days(10), TERMS);

        assertEquals(BountyState.VESTED, decision.getState());
        assertEquals("O2", decision.getOrderNumber());
    }

    @Test
    void shouldVoidWhenNoQualifyingOrderCameBeforeTheDeadline() {
        BountyDecision decision = BountyRules.vesting(BOUND,
                orders(order("small", days(1), "10", false), order("late", days(40), "99", false)), days(45), TERMS);

        assertEquals(BountyState.VOID, decision.getState());
        assertEquals(BountyRules.NO_PURCHASE, decision.getReason());
        assertNull(decision.getOrderNumber());
    }

    @Test
    void shouldIgnoreOrdersPaidBeforeTheBinding() {
        BountyDecision decision = BountyRules.vesting(BOUND, orders(order("before", days(-1), "99", false)), days(31), TERMS);

        assertEquals(BountyState.VOID, decision.getState());
    }

    @Test
    void shouldWaitUntilTheDeadlineForAFirstOrder() {
        assertEquals(BountyState.PENDING, BountyRules.vesting(BOUND, Collections.<FirstOrder>emptyList(), days(29), TERMS)
                .getState());
    }

    private static java.util.List<FirstOrder> orders(FirstOrder... orders) {
        return Arrays.asList(orders);
    }

    private static FirstOrder order(String number, Date paidAt, String amount, boolean refunded) {
        return new FirstOrder(number, paidAt, new BigDecimal(amount), refunded);
    }

    private static Date days(int days) {
        return new Date(BOUND.getTime() + TimeUnit.DAYS.toMillis(days));
    }

    private static Date hours(int hours) {
        return new Date(BOUND.getTime() + TimeUnit.HOURS.toMillis(hours));
    }
}
