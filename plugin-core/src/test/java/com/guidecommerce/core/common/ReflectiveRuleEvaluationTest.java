package com.guidecommerce.core.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mvel2.MVEL;
import org.mvel2.optimizers.OptimizerFactory;
import org.mvel2.optimizers.impl.refl.ReflectiveAccessorOptimizer;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReflectiveRuleEvaluationTest {

    /** The shape of a member-day offer's CUSTOMER rule, over a stand-in for Broadleaf's customer. */
    private static final String TIER_RULE = "customer.customerAttributes[\"gcMemberTier\"] != null"
            + " && customer.customerAttributes[\"gcMemberTier\"].value == \"GOLD\"";

    /** Other tests of this JVM price carts in the plugin's context, which evaluates rules reflectively. */
    @AfterEach
    void putBackThePluginsSetting() {
        new ReflectiveRuleEvaluation().apply();
    }

    @Test
    void shouldEvaluateARuleTensOfThousandsOfTimesWithTheReflectiveOptimizer() {
        new ReflectiveRuleEvaluation().apply();
        assertTrue(OptimizerFactory.getDefaultAccessorCompiler() instanceof ReflectiveAccessorOptimizer);

        Serializable rule = MVEL.compileExpression(TIER_RULE);
        Map<String, Object> gold = vars("GOLD");
        Map<String, Object> silver = vars("SILVER");
        Map<String, Object> none = vars(null);
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            Map<String, Object> vars = i % 3 == 0 ? gold : i % 3 == 1 ? silver : none;
            if (Boolean.TRUE.equals(MVEL.executeExpression(rule, vars))) {
                matched++;
            }
        }
        assertEquals(6_667, matched, "every third evaluation is a GOLD member");
    }

    @Test
    void shouldBeNeededBecauseMvelsJitIsRejectedOnThisJdkOnceARuleHasRunFiftyTimes() {
        OptimizerFactory.setDefaultOptimizer(OptimizerFactory.DYNAMIC);
        Serializable rule = MVEL.compileExpression(TIER_RULE);
        Map<String, Object> gold = vars("GOLD");
        Throwable failure = null;
        int runs = 0;
        while (failure == null && runs < 1_000) {
            try {
                MVEL.executeExpression(rule, gold);
                runs++;
            } catch (Throwable t) {
                failure = t;
            }
        }
        assertTrue(failure != null && (failure instanceof VerifyError || failure.getCause() instanceof VerifyError),
                "MVEL's JIT accessor is rejected by the verifier (" + runs + " runs, " + failure + ")");
    }

    private static Map<String, Object> vars(String tier) {
        Map<String, Object> vars = new HashMap<String, Object>();
        vars.put("customer", new Member(tier));
        return vars;
    }

    public static final class Attribute {

        private final String value;

        Attribute(String value) {
            this.value = value;
        }

        public String getValue() {
            return value;
        }
    }

    public static final class Member {

        private final Map<String, Attribute> attributes = new HashMap<String, Attribute>();

        Member(String tier) {
            if (tier != null) {
                attributes.put("gcMemberTier", new Attribute(tier));
            }
        }

        public Map<String, Attribute> getCustomerAttributes() {
            return attributes;
        }
    }
}
