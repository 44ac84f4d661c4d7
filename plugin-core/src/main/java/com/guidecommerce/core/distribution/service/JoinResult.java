package com.guidecommerce.core.distribution.service;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.rule.JoinOutcome;
import com.guidecommerce.core.distribution.rule.JoinRefusal;

/** What accepting an invitation did: the outcome, the refusal if any, and the member's distributor row if any. */
public final class JoinResult {

    private final JoinOutcome outcome;
    private final JoinRefusal refusal;
    private final Distributor distributor;

    public JoinResult(JoinOutcome outcome, JoinRefusal refusal, Distributor distributor) {
        this.outcome = outcome;
        this.refusal = refusal;
        this.distributor = distributor;
    }

    public static JoinResult refused(JoinRefusal refusal) {
        return new JoinResult(JoinOutcome.REFUSED, refusal, null);
    }

    public JoinOutcome getOutcome() {
        return outcome;
    }

    public JoinRefusal getRefusal() {
        return refusal;
    }

    /** The new distributor, or null when refused. */
    public Distributor getDistributor() {
        return distributor;
    }

    public boolean isRefused() {
        return outcome == JoinOutcome.REFUSED;
    }
}
