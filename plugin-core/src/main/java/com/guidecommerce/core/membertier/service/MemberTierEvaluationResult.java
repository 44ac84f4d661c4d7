package com.guidecommerce.core.membertier.service;

import java.io.Serializable;

/** What an evaluation of a period did: applied (how many members were judged, how many changed) or found it done. */
public final class MemberTierEvaluationResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String periodKey;
    private final boolean applied;
    private final int members;
    private final int changes;

    public MemberTierEvaluationResult(String periodKey, boolean applied, int members, int changes) {
        this.periodKey = periodKey;
        this.applied = applied;
        this.members = members;
        this.changes = changes;
    }

    public static MemberTierEvaluationResult alreadyDone(String periodKey) {
        return new MemberTierEvaluationResult(periodKey, false, 0, 0);
    }

    public String getPeriodKey() {
        return periodKey;
    }

    /** False when the period had been evaluated before: nothing changed. */
    public boolean isApplied() {
        return applied;
    }

    public int getMembers() {
        return members;
    }

    public int getChanges() {
        return changes;
    }

    @Override
    public String toString() {
        return periodKey + (applied ? ": " + changes + " of " + members + " changed" : ": evaluated before");
    }
}
