package com.guidecommerce.core.departure.rule;

import com.guidecommerce.core.departure.domain.DepartureStrategy;
import org.junit.jupiter.api.Test;

import static com.guidecommerce.core.departure.rule.Guides.guide;
import static com.guidecommerce.core.departure.rule.Guides.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HeirRulesTest {

    @Test
    void shouldGiveEachStrategyItsRule() {
        assertEquals(StoreManagerHeirRule.class, ruleFor(DepartureStrategy.STORE_MANAGER, null).getClass());
        assertEquals(RoundRobinHeirRule.class, ruleFor(DepartureStrategy.ROUND_ROBIN, null).getClass());
        assertEquals(NamedGuideHeirRule.class, ruleFor(DepartureStrategy.NAMED_GUIDE, guide(9, "G0009")).getClass());
    }

    @Test
    void shouldAskForTheNamedGuide() {
        DepartureException e = assertThrows(DepartureException.class, () -> ruleFor(DepartureStrategy.NAMED_GUIDE, null));

        assertEquals(DepartureError.NAMED_GUIDE_REQUIRED, e.getError());
        assertEquals("NAMED_GUIDE_REQUIRED: Enter the code of the guide who inherits the members.", e.getMessage());
    }

    private static HeirRule ruleFor(DepartureStrategy strategy, GuideSummary named) {
        return HeirRules.forStrategy(strategy, "SH001", store(guide(1, "G0001")), null, named);
    }
}
