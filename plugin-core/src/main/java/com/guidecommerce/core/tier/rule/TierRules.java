package com.guidecommerce.core.tier.rule;

/**
 * The tier a subject holds after a period: up to the highest tier the period's figures earn, however many steps that
 * is; down towards what they earn by at most {@code maxStepsDown} steps, so one weak period does not undo several good
 * ones; otherwise kept. The current tier is whatever the subject holds, an HQ override included, so the evaluation
 * after an override starts from it.
 */
public final class TierRules {

    private final int maxStepsDown;

    public TierRules(int maxStepsDown) {
        if (maxStepsDown < 0) {
            throw new TierException(TierError.BAD_SETTING, "gc.tier.maxStepsDown", maxStepsDown);
        }
        this.maxStepsDown = maxStepsDown;
    }

    public TierLevel next(TierLadder ladder, String currentCode, PeriodFigures figures) {
        TierLevel current = ladder.findOrEntry(currentCode);
        TierLevel earned = ladder.highestEarnedBy(figures);
        int currentStep = ladder.stepOf(current);
        int earnedStep = ladder.stepOf(earned);
        if (earnedStep >= currentStep) {
            return earned;
        }
        return ladder.atStep(Math.max(earnedStep, currentStep - maxStepsDown));
    }

    /** The tier HQ sets by hand: one of the ladder's, with a reason kept in the history. */
    public TierLevel override(TierLadder ladder, String tierCode, String reason) {
        if (reason == null || reason.trim().isEmpty()) {
            throw new TierException(TierError.REASON_REQUIRED);
        }
        TierLevel level = ladder.find(tierCode);
        if (level == null) {
            throw new TierException(TierError.UNKNOWN_TIER, tierCode);
        }
        return level;
    }

    public int getMaxStepsDown() {
        return maxStepsDown;
    }
}
