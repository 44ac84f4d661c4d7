package com.guidecommerce.core.commission.rule;

import com.guidecommerce.core.common.Note;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanRatesTest {

    private static final LineScope TMALL_SHOES = new LineScope("TMALL", 7L, 70L);

    private static RateRule rate(long id, String role, String channel, Long category, Long product, String tier,
                                 String percent) {
        return new RateRule(id, role, channel, category, product, tier, new BigDecimal(percent), false);
    }

    private static RateRule exclusion(long id, String role, Long category) {
        return new RateRule(id, role, null, category, null, null, null, true);
    }

    private static PlanRates plan(RateRule... rules) {
        return new PlanRates(1L, 1, new Date(0), new BigDecimal("20"), Arrays.asList(rules));
    }

    @Test
    void shouldApplyTheMostSpecificMatchingRule() {
        PlanRates plan = plan(rate(1, "BOUND_GUIDE", null, null, null, null, "5"),
                rate(2, "BOUND_GUIDE", "TMALL", null, null, null, "4"),
                rate(3, "BOUND_GUIDE", null, 7L, null, null, "6"),
                rate(4, "BOUND_GUIDE", null, null, 70L, null, "8"));

        assertEquals(Long.valueOf(4), plan.ruleFor("BOUND_GUIDE", TMALL_SHOES, null).getId());
        assertEquals(Long.valueOf(3), plan.ruleFor("BOUND_GUIDE", new LineScope("TMALL", 7L, 71L), null).getId());
        assertEquals(Long.valueOf(2), plan.ruleFor("BOUND_GUIDE", new LineScope("TMALL", 8L, 80L), null).getId());
        assertEquals(Long.valueOf(1), plan.ruleFor("BOUND_GUIDE", new LineScope("JD", 8L, 80L), null).getId());
    }

    @Test
    void shouldLetAnExclusionForEveryRoleBeatTheDefaultRateOfTheSameScope() {
        PlanRates plan = plan(rate(1, "SHARER", null, 7L, null, null, "10"), exclusion(2, null, 7L));

        RateRule rule = plan.ruleFor("SHARER", TMALL_SHOES, null);

        assertTrue(rule.isExcluded());
        assertEquals(0, PlanRates.fraction(rule).signum());
    }

    @Test
    void shouldPreferTheRateOfTheBeneficiarysTier() {
        PlanRates plan = plan(rate(1, "SHARER", null, null, null, null, "10"),
                rate(2, "SHARER", null, null, null, "SUPER", "12"));

        assertEquals(new BigDecimal("0.12"), PlanRates.fraction(plan.ruleFor("SHARER", TMALL_SHOES, "SUPER")));
        assertEquals(new BigDecimal("0.10"), PlanRates.fraction(plan.ruleFor("SHARER", TMALL_SHOES, "NORMAL")));
    }

    @Test
    void shouldGiveNoRuleToARoleThePlanDoesNotPay() {
        assertNull(plan(rate(1, "SHARER", null, null, null, null, "10")).ruleFor("FRANCHISEE", TMALL_SHOES, null));
    }

    @Test
    void shouldDescribeTheScopeOfARule() {
        assertEquals(Arrays.asList(Note.of("rule.rate", Note.label("CommissionRole_BOUND_GUIDE")),
                Note.of("rule.channel", "TMALL"), Note.of("rule.category", 7)),
                Note.parse(rate(1, "BOUND_GUIDE", "TMALL", 7L, null, null, "5").describeScope()));
    }

    @Test
    void shouldKeepTheScopeWithinItsColumnDroppingTheNarrowestPartsFirst() {
        String longChannel = "CHANNEL-WITH-A-VERY-LONG-CODE-32";

        String scope = rate(1, "SHARER_PARENT", longChannel, 123456789012L, 123456789012L, "SUPER", "5").describeScope();

        assertTrue(scope.length() <= 128, scope);
        assertEquals(Arrays.asList(Note.of("rule.rate", Note.label("CommissionRole_SHARER_PARENT")),
                Note.of("rule.channel", longChannel), Note.of("rule.category", 123456789012L)),
                Note.parse(scope).subList(0, 3));
    }
}
