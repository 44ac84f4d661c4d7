package com.guidecommerce.core.departure.rule;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.guidecommerce.core.departure.rule.Guides.accountOf;
import static com.guidecommerce.core.departure.rule.Guides.elsewhere;
import static com.guidecommerce.core.departure.rule.Guides.guide;
import static com.guidecommerce.core.departure.rule.Guides.heirCodes;
import static com.guidecommerce.core.departure.rule.Guides.inactive;
import static com.guidecommerce.core.departure.rule.Guides.members;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NamedGuideHeirRuleTest {

    private final GuideSummary departing = guide(2, "G0002");

    @Test
    void shouldHandEveryMemberToTheNamedGuideEvenInAnotherStore() {
        HeirRule rule = new NamedGuideHeirRule(elsewhere(9, "G0009"));

        assertEquals(Arrays.asList("G0009", "G0009"), heirCodes(rule.assign(departing, members(2))));
    }

    @Test
    void shouldRefuseASuspendedGuide() {
        HeirRule rule = new NamedGuideHeirRule(inactive(elsewhere(9, "G0009")));

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(departing, members(1)));

        assertEquals(DepartureError.NAMED_GUIDE_NOT_ACTIVE, e.getError());
        assertArrayEquals(new Object[] {"G0009"}, e.getArguments());
    }

    @Test
    void shouldRefuseTheDepartingGuideThemselves() {
        HeirRule rule = new NamedGuideHeirRule(departing);

        DepartureException e = assertThrows(DepartureException.class, () -> rule.assign(departing, members(1)));

        assertEquals(DepartureError.NAMED_GUIDE_IS_DEPARTING, e.getError());
    }

    @Test
    void shouldRefuseToHandTheNamedGuideTheirOwnAccount() {
        GuideSummary heir = elsewhere(9, "G0009");
        HeirRule rule = new NamedGuideHeirRule(heir);

        DepartureException e = assertThrows(DepartureException.class,
                () -> rule.assign(departing, Arrays.asList(accountOf(heir, 101))));

        assertEquals(DepartureError.HEIR_OWNS_MEMBER_ACCOUNT, e.getError());
    }

    @Test
    void shouldNameTheNamedGuidePrimaryHeir() {
        HeirRule rule = new NamedGuideHeirRule(elsewhere(9, "G0009"));

        assertEquals("G0009", rule.primaryHeir(departing).getCode());
    }

    @Test
    void shouldNotNameASuspendedGuidePrimaryHeir() {
        HeirRule rule = new NamedGuideHeirRule(inactive(elsewhere(9, "G0009")));

        DepartureException e = assertThrows(DepartureException.class, () -> rule.primaryHeir(departing));

        assertEquals(DepartureError.NAMED_GUIDE_NOT_ACTIVE, e.getError());
    }
}
