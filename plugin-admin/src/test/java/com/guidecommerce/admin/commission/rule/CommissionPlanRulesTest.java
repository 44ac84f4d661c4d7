package com.guidecommerce.admin.commission.rule;

import com.guidecommerce.admin.common.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommissionPlanRulesTest {

    private final CommissionPlanRules rules = new CommissionPlanRules();

    @Test
    void shouldKeepTheCapBetweenNoneAndTheWholeLine() {
        assertEquals(Collections.emptyList(), rules.checkPlan("0"));
        assertEquals(Collections.emptyList(), rules.checkPlan("100"));
        assertEquals(Collections.emptyList(), rules.checkPlan("20.5"));
        for (String cap : Arrays.asList("-0.01", "100.01", "twenty")) {
            assertEquals(Collections.singletonList(new FieldViolation("capPercent", CommissionPlanRules.CAP_OUT_OF_RANGE)),
                    rules.checkPlan(cap), cap);
        }
    }

    @Test
    void shouldAcceptAPayingRuleWithRoleAndRate() {
        assertEquals(Collections.emptyList(), rules.checkRule("BOUND_GUIDE", "5", "false"));
    }

    @Test
    void shouldRefuseARateOutsideZeroToHundred() {
        assertEquals(Collections.singletonList(new FieldViolation("ratePercent", CommissionPlanRules.RATE_OUT_OF_RANGE)),
                rules.checkRule("SHARER", "120", "false"));
    }

    @Test
    void shouldRequireRoleAndRateOfARuleThatPays() {
        assertEquals(Arrays.asList(new FieldViolation("role", CommissionPlanRules.ROLE_REQUIRED),
                new FieldViolation("ratePercent", CommissionPlanRules.RATE_REQUIRED)), rules.checkRule(null, "", "false"));
    }

    @Test
    void shouldLetAnExclusionNameNeitherRoleNorRate() {
        assertEquals(Collections.emptyList(), rules.checkRule(null, null, "true"));
    }
}
