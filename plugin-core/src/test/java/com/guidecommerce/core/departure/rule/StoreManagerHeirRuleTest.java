package com.guidecommerce.core.departure.rule;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
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

class StoreManagerHeirRuleTest {

    private final GuideSummary departing = guide(2, "G0002");
    private final GuideSummary manager = manager(1, "G0001");

    @Test
    void shouldHandEveryMemberToTheStoresManager() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(manager, departing, guide(3, "G0003")));

        List<HeirAssignment> assignments = rule.assign(departing, members(3));

        assertEquals(Arrays.asList("G0001", "G0001", "G0001"), heirCodes(assignments));
        assertEquals(Arrays.asList(101L, 102L, 103L), Arrays.asList(assignments.get(0).getMemberId(),
                assignments.get(1).getMemberId(), assignments.get(2).getMemberId()));
    }

    @Test
    void shouldRefuseWhenTheDepartingGuideIsTheManager() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(manager, departing));

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(manager, members(1)));

        assertEquals(DepartureError.DEPARTING_GUIDE_IS_MANAGER, e.getError());
        assertArrayEquals(new Object[] {"G0001", "SH001"}, e.getArguments());
    }

    @Test
    void shouldRefuseWhenTheStoreHasNoManager() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(departing, guide(3, "G0003")));

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(departing, members(1)));

        assertEquals(DepartureError.NO_ACTIVE_STORE_MANAGER, e.getError());
        assertArrayEquals(new Object[] {"SH001"}, e.getArguments());
    }

    @Test
    void shouldRefuseEvenWithoutMembersWhenTheStoreHasNoManager() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(departing));

        DepartureException e = assertThrows(DepartureException.class,
                () -> rule.assign(departing, Collections.<DepartingMember>emptyList()));

        assertEquals(DepartureError.NO_ACTIVE_STORE_MANAGER, e.getError());
    }

    @Test
    void shouldNotCountASuspendedManager() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(inactive(manager), departing));

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(departing, members(1)));

        assertEquals(DepartureError.NO_ACTIVE_STORE_MANAGER, e.getError());
    }

    @Test
    void shouldNotTakeTheManagerOfAnotherStore() {
        GuideSummary otherManager = new GuideSummary(9, "G0009", Guides.OTHER_STORE, true, true);
        HeirRule rule = new StoreManagerHeirRule("SH001", store(departing, otherManager, elsewhere(8, "G0008")));

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(departing, members(1)));

        assertEquals(DepartureError.NO_ACTIVE_STORE_MANAGER, e.getError());
    }

    @Test
    void shouldPickTheFirstManagerByCodeWhenTheStoreHasTwo() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(manager(7, "G0007"), departing, manager));

        assertEquals(Arrays.asList("G0001"), heirCodes(rule.assign(departing, members(1))));
    }

    @Test
    void shouldRefuseToHandTheManagerTheirOwnAccount() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(manager, departing));

        DepartureException e = assertThrows(DepartureException.class,
                () -> rule.assign(departing, Arrays.asList(accountOf(manager, 101))));

        assertEquals(DepartureError.HEIR_OWNS_MEMBER_ACCOUNT, e.getError());
        assertArrayEquals(new Object[] {"account-of-G0001", "G0001"}, e.getArguments());
    }

    @Test
    void shouldNameTheStoreManagerPrimaryHeirOfAGuideWithoutMembers() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(manager(7, "G0007"), departing, manager));

        assertEquals("G0001", rule.primaryHeir(departing).getCode());
    }

    @Test
    void shouldNameNoPrimaryHeirWhenTheStoreHasNoManager() {
        HeirRule rule = new StoreManagerHeirRule("SH001", store(departing, guide(3, "G0003")));

        DepartureException e = assertThrows(DepartureException.class, () -> rule.primaryHeir(departing));

        assertEquals(DepartureError.NO_ACTIVE_STORE_MANAGER, e.getError());
    }
}
