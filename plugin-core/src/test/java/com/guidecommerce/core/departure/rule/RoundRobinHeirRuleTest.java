package com.guidecommerce.core.departure.rule;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.guidecommerce.core.departure.rule.Guides.accountOf;
import static com.guidecommerce.core.departure.rule.Guides.elsewhere;
import static com.guidecommerce.core.departure.rule.Guides.guide;
import static com.guidecommerce.core.departure.rule.Guides.heirCodes;
import static com.guidecommerce.core.departure.rule.Guides.inactive;
import static com.guidecommerce.core.departure.rule.Guides.manager;
import static com.guidecommerce.core.departure.rule.Guides.members;
import static com.guidecommerce.core.departure.rule.Guides.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoundRobinHeirRuleTest {

    private final GuideSummary departing = guide(2, "G0002");

    @Test
    void shouldDealMembersToColleaguesInGuideCodeOrder() {
        HeirRule rule = new RoundRobinHeirRule("SH001",
                store(guide(4, "G0004"), departing, manager(1, "G0001"), guide(3, "G0003")), null);

        List<HeirAssignment> assignments = rule.assign(departing, members(5));

        assertEquals(Arrays.asList("G0001", "G0003", "G0004", "G0001", "G0003"), heirCodes(assignments));
    }

    @Test
    void shouldSkipInactiveGuidesAndGuidesOfOtherStores() {
        HeirRule rule = new RoundRobinHeirRule("SH001",
                store(inactive(guide(1, "G0001")), departing, guide(3, "G0003"), elsewhere(5, "G0005")), null);

        assertEquals(Arrays.asList("G0003", "G0003"), heirCodes(rule.assign(departing, members(2))));
    }

    @Test
    void shouldStopGivingToAnHeirWhoReachedTheCapacity() {
        HeirRule rule = new RoundRobinHeirRule("SH001", store(guide(1, "G0001"), departing, guide(3, "G0003")), 2);

        List<HeirAssignment> assignments = rule.assign(departing, members(4));

        assertEquals(Arrays.asList("G0001", "G0003", "G0001", "G0003"), heirCodes(assignments));
    }

    @Test
    void shouldSayHowManyMembersAreLeftOverWhenTheCapacityIsTooSmall() {
        HeirRule rule = new RoundRobinHeirRule("SH001", store(guide(1, "G0001"), departing, guide(3, "G0003")), 2);

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(departing, members(7)));

        assertEquals(DepartureError.CAPACITY_EXCEEDED, e.getError());
        assertArrayEquals(new Object[] {3L, 7, 2, 2, 4L}, e.getArguments());
        assertEquals("CAPACITY_EXCEEDED: 3 of 7 members are left over: 2 heirs with a capacity of 2 take 4. "
                + "Raise the capacity or choose another strategy.", e.getMessage());
    }

    @Test
    void shouldRefuseWhenNoColleagueIsActive() {
        HeirRule rule = new RoundRobinHeirRule("SH001", store(departing, inactive(guide(3, "G0003"))), null);

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(departing, members(1)));

        assertEquals(DepartureError.NO_ACTIVE_COLLEAGUES, e.getError());
        assertArrayEquals(new Object[] {"SH001", "G0002"}, e.getArguments());
    }

    @Test
    void shouldRejectACapacityBelowOne() {
        DepartureException e = assertThrows(DepartureException.class,
                () -> new RoundRobinHeirRule("SH001", store(departing), 0));

        assertEquals(DepartureError.INVALID_CAPACITY, e.getError());
    }

    @Test
    void shouldPassAMemberWhoseAccountIsAnHeirsOwnToTheNextHeir() {
        GuideSummary first = guide(1, "G0001");
        HeirRule rule = new RoundRobinHeirRule("SH001", store(first, departing, guide(3, "G0003")), null);

        List<HeirAssignment> assignments = rule.assign(departing,
                Arrays.asList(accountOf(first, 101), new DepartingMember(102, "member2", null)));

        assertEquals(Arrays.asList("G0003", "G0001"), heirCodes(assignments));
    }

    @Test
    void shouldDealGuideAccountsFirstSoATightCapacityStillFits() {
        GuideSummary last = guide(3, "G0003");
        HeirRule rule = new RoundRobinHeirRule("SH001", store(guide(1, "G0001"), departing, last), 1);

        List<HeirAssignment> assignments = rule.assign(departing,
                Arrays.asList(new DepartingMember(102, "member2", null), accountOf(last, 101)));

        assertEquals(Arrays.asList("G0003", "G0001"), heirCodes(assignments));
    }

    @Test
    void shouldRefuseWhenTheOnlyHeirIsTheMembersOwnGuide() {
        GuideSummary only = guide(3, "G0003");
        HeirRule rule = new RoundRobinHeirRule("SH001", store(departing, only), null);

        DepartureException e = assertThrows(DepartureException.class,
                () -> rule.assign(departing, Arrays.asList(accountOf(only, 101))));

        assertEquals(DepartureError.HEIR_OWNS_MEMBER_ACCOUNT, e.getError());
        assertArrayEquals(new Object[] {"account-of-G0003", "G0003"}, e.getArguments());
    }

    @Test
    void shouldNameTheColleagueTheDealStartsWithPrimaryHeir() {
        HeirRule rule = new RoundRobinHeirRule("SH001",
                store(guide(4, "G0004"), departing, inactive(manager(1, "G0001")), guide(3, "G0003")), null);

        GuideSummary primary = rule.primaryHeir(departing);

        assertEquals("G0003", primary.getCode());
        assertEquals(primary.getCode(), heirCodes(rule.assign(departing, members(1))).get(0));
    }

    @Test
    void shouldNameNoPrimaryHeirWhenNoColleagueIsActive() {
        HeirRule rule = new RoundRobinHeirRule("SH001", store(departing, inactive(guide(3, "G0003"))), null);

        DepartureException e = assertThrows(DepartureException.class, () -> rule.primaryHeir(departing));

        assertEquals(DepartureError.NO_ACTIVE_COLLEAGUES, e.getError());
        assertArrayEquals(new Object[] {"SH001", "G0002"}, e.getArguments());
    }
}
