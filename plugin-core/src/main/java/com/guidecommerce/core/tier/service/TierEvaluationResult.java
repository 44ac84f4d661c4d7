package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.tier.domain.TierSubject;

import java.io.Serializable;

/** What one ladder's evaluation of a period did: nothing when the period had been evaluated already. */
public final class TierEvaluationResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TierSubject subject;
    private final String periodKey;
    private final boolean applied;
    private final int subjects;
    private final int changes;

    public TierEvaluationResult(TierSubject subject, String periodKey, boolean applied, int subjects, int changes) {
        this.subject = subject;
        this.periodKey = periodKey;
        this.applied = applied;
        this.subjects = subjects;
        this.changes = changes;
    }

    public static TierEvaluationResult alreadyDone(TierSubject subject, String periodKey) {
        return new TierEvaluationResult(subject, periodKey, false, 0, 0);
    }

    public TierSubject getSubject() {
        return subject;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    /** False when another run had evaluated the period: this one changed nothing. */
    public boolean isApplied() {
        return applied;
    }

    public int getSubjects() {
        return subjects;
    }

    public int getChanges() {
        return changes;
    }

    @Override
    public String toString() {
        return subject.getType() + " " + periodKey + (applied ? ": " + changes + " of " + subjects + " changed"
                : ": evaluated before");
    }
}
