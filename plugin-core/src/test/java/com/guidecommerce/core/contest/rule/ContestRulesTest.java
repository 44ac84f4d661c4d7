package com.guidecommerce.core.contest.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContestRulesTest {

    private static final List<String> GUIDE_TIERS = Arrays.asList("NORMAL", "SUPER");
    private static final Date DEC_1 = new Date(1764518400000L);
    private static final Date DEC_31 = new Date(1767110400000L);

    @Test
    void shouldAcceptANationalPromotionContest() {
        assertEquals(Collections.emptyList(), ContestRules.check(valid(), GUIDE_TIERS));
    }

    @Test
    void shouldRefuseDaysThatRunBackwardsAndAScopeWithoutItsRegionOrStore() {
        assertEquals(Arrays.asList(ContestError.END_BEFORE_START),
                ContestRules.check(valid().days(DEC_31, DEC_1), GUIDE_TIERS));
        assertEquals(Arrays.asList(ContestError.REGION_REQUIRED),
                ContestRules.check(valid().scope("REGION", false, false), GUIDE_TIERS));
        assertEquals(Arrays.asList(ContestError.STORE_REQUIRED, ContestError.TEAM_NEEDS_SEVERAL_STORES),
                ContestRules.check(valid().scope("STORE", false, false).mode("TEAM"), GUIDE_TIERS));
    }

    @Test
    void shouldRefuseARewardThatCannotBeGiven() {
        assertEquals(Arrays.asList(ContestError.UNKNOWN_TIER),
                ContestRules.check(valid().reward("PROMOTION", "PLATINUM", null), GUIDE_TIERS));
        assertEquals(Arrays.asList(ContestError.BONUS_REQUIRED),
                ContestRules.check(valid().reward("BONUS", null, BigDecimal.ZERO), GUIDE_TIERS));
        assertEquals(Collections.emptyList(),
                ContestRules.check(valid().reward("BONUS", null, new BigDecimal("500")), GUIDE_TIERS));
    }

    @Test
    void shouldKeepWinnersAndTheReturnWindowWithinBoundsAndAClosedContestAsItIs() {
        assertEquals(Arrays.asList(ContestError.TOP_N_OUT_OF_RANGE, ContestError.RETURN_WINDOW_OUT_OF_RANGE),
                ContestRules.check(valid().topN(0).returnWindowDays(61), GUIDE_TIERS));
        assertEquals(Arrays.asList(ContestError.CLOSED), ContestRules.check(valid().closed(true), GUIDE_TIERS));
    }

    private static ContestDraft valid() {
        return new ContestDraft().name("十二月全国销售 PK 赛").days(DEC_1, DEC_31).scope("NATION", false, false)
                .mode("INDIVIDUAL").topN(3).reward("PROMOTION", "SUPER", null).returnWindowDays(7);
    }
}
