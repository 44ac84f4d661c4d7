package com.guidecommerce.core.distribution.rule;

/** The join rule's answer: an outcome, and the refusal when the outcome is {@link JoinOutcome#REFUSED}. */
public final class JoinDecision {

    private final JoinOutcome outcome;
    private final JoinRefusal refusal;

    private JoinDecision(JoinOutcome outcome, JoinRefusal refusal) {
        this.outcome = outcome;
        this.refusal = refusal;
    }

    public static JoinDecision join(boolean approvalRequired) {
        return new JoinDecision(approvalRequired ? JoinOutcome.PENDING_APPROVAL : JoinOutcome.JOINED, null);
    }

    public static JoinDecision refuse(JoinRefusal refusal) {
        return new JoinDecision(JoinOutcome.REFUSED, refusal);
    }

    public JoinOutcome getOutcome() {
        return outcome;
    }

    public JoinRefusal getRefusal() {
        return refusal;
    }

    public boolean isRefused() {
        return outcome == JoinOutcome.REFUSED;
    }

    @Override
    public String toString() {
        return refusal == null ? outcome.name() : outcome + " (" + refusal + ")";
    }
}
