package com.guidecommerce.core.contest.rule;

/** Why a contest cannot be saved as it is; each code has a message HQ can act on ({@code gcContest.error.CODE}). */
public enum ContestError {
    NAME_REQUIRED,
    DAYS_REQUIRED,
    END_BEFORE_START,
    REGION_REQUIRED,
    STORE_REQUIRED,
    TEAM_NEEDS_SEVERAL_STORES,
    TOP_N_OUT_OF_RANGE,
    RETURN_WINDOW_OUT_OF_RANGE,
    TIER_REQUIRED,
    UNKNOWN_TIER,
    BONUS_REQUIRED,
    CLOSED;

    public String getMessageKey() {
        return "gcContest.error." + name();
    }
}
