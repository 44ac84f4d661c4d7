package com.guidecommerce.core.common;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.mvel2.optimizers.OptimizerFactory;

/**
 * Makes MVEL, the language of Broadleaf's offer rules, evaluate them reflectively, without its bytecode JIT. MVEL 2.2
 * starts a compiled rule reflectively and, after its fiftieth run, writes an accessor class with its bundled ASM; on
 * JDK 17 the verifier rejects that class ("Illegal type in constant pool") and the pricing of a cart with a ruled offer
 * fails. Member-day offers are ruled offers (tier, minimum) evaluated on every pricing of every cart: the pricing
 * benchmark failed so within its first few thousand pricings before this was set. Set when the application context starts, before any request prices a
 * cart; also set by the system property {@code mvel2.disable.jit=true}, which a host may pass as well.
 * Bean {@code gcReflectiveRuleEvaluation}.
 */
public class ReflectiveRuleEvaluation {

    private static final Log LOG = LogFactory.getLog(ReflectiveRuleEvaluation.class);

    public void apply() {
        System.setProperty("mvel2.disable.jit", "true");
        OptimizerFactory.setDefaultOptimizer(OptimizerFactory.SAFE_REFLECTIVE);
        LOG.info("Broadleaf's offer rules are evaluated by MVEL's reflective optimizer (its JIT fails on this JDK)");
    }
}
