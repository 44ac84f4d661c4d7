package com.guidecommerce.core.contest.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a contest must be to run: the checks HQ's form gets, each with its error. */
public final class ContestRules {

    public static final int MAX_TOP_N = 100;
    public static final int MAX_RETURN_WINDOW_DAYS = 60;

    private ContestRules() {
    }

    /**
     * @param guideTiers the codes of the guide ladder's tiers, which a promotion may name
     * @return the problems, none when the contest can be saved
     */
    public static List<ContestError> check(ContestDraft contest, Collection<String> guideTiers) {
        List<ContestError> errors = new ArrayList<ContestError>();
        if (contest.closed) {
            errors.add(ContestError.CLOSED);
        }
        if (blank(contest.name)) {
            errors.add(ContestError.NAME_REQUIRED);
        }
        if (contest.start == null || contest.end == null) {
            errors.add(ContestError.DAYS_REQUIRED);
        } else if (contest.end.before(contest.start)) {
            errors.add(ContestError.END_BEFORE_START);
        }
        if ("REGION".equals(contest.scope) && !contest.regionSet) {
            errors.add(ContestError.REGION_REQUIRED);
        }
        if ("STORE".equals(contest.scope) && !contest.storeSet) {
            errors.add(ContestError.STORE_REQUIRED);
        }
        if ("TEAM".equals(contest.mode) && "STORE".equals(contest.scope)) {
            errors.add(ContestError.TEAM_NEEDS_SEVERAL_STORES);
        }
        if (contest.topN == null || contest.topN < 1 || contest.topN > MAX_TOP_N) {
            errors.add(ContestError.TOP_N_OUT_OF_RANGE);
        }
        if (contest.returnWindowDays == null || contest.returnWindowDays < 0
                || contest.returnWindowDays > MAX_RETURN_WINDOW_DAYS) {
            errors.add(ContestError.RETURN_WINDOW_OUT_OF_RANGE);
        }
        if ("PROMOTION".equals(contest.reward)) {
            if (blank(contest.rewardTier)) {
                errors.add(ContestError.TIER_REQUIRED);
            } else if (!guideTiers.contains(contest.rewardTier.trim())) {
                errors.add(ContestError.UNKNOWN_TIER);
            }
        } else if (contest.bonusAmount == null || contest.bonusAmount.signum() <= 0) {
            errors.add(ContestError.BONUS_REQUIRED);
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
