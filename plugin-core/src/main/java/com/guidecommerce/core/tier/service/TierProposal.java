package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.PeriodFigures;

import java.io.Serializable;

/** One subject in an evaluation: the tier they hold, the tier the period's figures give them, and those figures. */
public final class TierProposal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TierSubject subject;
    private final Long subjectId;
    private final String subjectCode;
    private final String currentTier;
    private final String proposedTier;
    private final PeriodFigures figures;

    public TierProposal(TierSubject subject, Long subjectId, String subjectCode, String currentTier,
                        String proposedTier, PeriodFigures figures) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.subjectCode = subjectCode;
        this.currentTier = currentTier;
        this.proposedTier = proposedTier;
        this.figures = figures;
    }

    public boolean isChange() {
        return !proposedTier.equals(currentTier);
    }

    public TierSubject getSubject() {
        return subject;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    /** As stored; null for a subject from before tiers, who counts as holding the entry tier. */
    public String getCurrentTier() {
        return currentTier;
    }

    public String getProposedTier() {
        return proposedTier;
    }

    public PeriodFigures getFigures() {
        return figures;
    }
}
