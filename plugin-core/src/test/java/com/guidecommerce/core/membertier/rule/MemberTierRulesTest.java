package com.guidecommerce.core.membertier.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberTierRulesTest {

    private static MemberTierLevel level(String code, int rank, String minSpend) {
        return new MemberTierLevel(code, code, code, rank, new BigDecimal(minSpend));
    }

    private static MemberTierLadder ladder() {
        return new MemberTierLadder(Arrays.asList(level("GOLD", 3, "5000"), level("NEW", 0, "0"),
                level("SILVER", 2, "2000"), level("REGULAR", 1, "0.01")));
    }

    @Test
    void shouldEarnTheHighestTierTheSpendReaches() {
        MemberTierLadder ladder = ladder();

        assertEquals("NEW", ladder.earnedBy(BigDecimal.ZERO).getCode());
        assertEquals("NEW", ladder.earnedBy(new BigDecimal("-10")).getCode());
        assertEquals("REGULAR", ladder.earnedBy(new BigDecimal("0.01")).getCode());
        assertEquals("SILVER", ladder.earnedBy(new BigDecimal("2000.00")).getCode());
        assertEquals("SILVER", ladder.earnedBy(new BigDecimal("4999.99")).getCode());
        assertEquals("GOLD", ladder.earnedBy(new BigDecimal("5000")).getCode());
    }

    @Test
    void shouldHoldTheLowestTierWhenNeverPlaced() {
        assertEquals("NEW", ladder().held(null).getCode());
        assertEquals("NEW", ladder().held("GONE").getCode());
    }

    @Test
    void shouldUpgradeOnlyUpwards() {
        MemberTierLadder ladder = ladder();

        assertEquals("GOLD", MemberTierRules.upgrade(ladder, null, new BigDecimal("6000")).getCode());
        assertEquals("GOLD", MemberTierRules.upgrade(ladder, "SILVER", new BigDecimal("5000.00")).getCode());
        assertNull(MemberTierRules.upgrade(ladder, "GOLD", new BigDecimal("100")));
        assertNull(MemberTierRules.upgrade(ladder, "SILVER", new BigDecimal("2500")));
        assertNull(MemberTierRules.upgrade(ladder, null, BigDecimal.ZERO));
    }

    @Test
    void shouldEvaluateDownAsWellAsUp() {
        MemberTierLadder ladder = ladder();

        assertEquals("SILVER", MemberTierRules.evaluate(ladder, "GOLD", new BigDecimal("4000")).getCode());
        assertEquals("NEW", MemberTierRules.evaluate(ladder, "GOLD", BigDecimal.ZERO).getCode());
        assertEquals("GOLD", MemberTierRules.evaluate(ladder, "REGULAR", new BigDecimal("7000")).getCode());
        assertNull(MemberTierRules.evaluate(ladder, "SILVER", new BigDecimal("2000")));
        assertNull(MemberTierRules.evaluate(ladder, null, BigDecimal.ZERO), "never placed and earning the lowest");
        assertEquals("REGULAR", MemberTierRules.evaluate(ladder, null, new BigDecimal("10")).getCode());
    }

    @Test
    void shouldShowTheNextTierAndWhatItStillNeeds() {
        MemberTierProgress progress = MemberTierProgress.of(ladder(), "SILVER", new BigDecimal("3200.5"));

        assertEquals("SILVER", progress.getTier().getCode());
        assertEquals(new BigDecimal("3200.50"), progress.getSpend());
        assertEquals("GOLD", progress.getNext().getCode());
        assertEquals(new BigDecimal("1799.50"), progress.getStillNeeded());
    }

    @Test
    void shouldShowNothingNeededAtTheTopAndTheFirstStepForANewMember() {
        assertTrue(MemberTierProgress.of(ladder(), "GOLD", new BigDecimal("9000")).isTop());
        assertNull(MemberTierProgress.of(ladder(), "GOLD", new BigDecimal("9000")).getStillNeeded());

        MemberTierProgress newcomer = MemberTierProgress.of(ladder(), null, BigDecimal.ZERO);
        assertEquals("NEW", newcomer.getTier().getCode());
        assertEquals("REGULAR", newcomer.getNext().getCode());
        assertEquals(new BigDecimal("0.01"), newcomer.getStillNeeded());
    }

    @Test
    void shouldNeedNothingMoreForANextTierTheSpendAlreadyReaches() {
        MemberTierProgress keptLow = MemberTierProgress.of(ladder(), "REGULAR", new BigDecimal("2500"));

        assertEquals("SILVER", keptLow.getNext().getCode());
        assertEquals(new BigDecimal("0.00"), keptLow.getStillNeeded());
    }

    @Test
    void shouldRefuseALadderWhoseThresholdsDoNotRiseWithRank() {
        MemberTierException error = assertThrows(MemberTierException.class, () -> new MemberTierLadder(Arrays.asList(
                level("NEW", 0, "0"), level("SILVER", 1, "2000"), level("GOLD", 2, "2000"))));

        assertEquals(MemberTierError.THRESHOLD_NOT_INCREASING, error.getError());
        assertEquals("GOLD", error.getArguments()[0]);
    }

    @Test
    void shouldRefuseDuplicateCodesOrRanks() {
        assertEquals(MemberTierError.DUPLICATE_CODE, assertThrows(MemberTierException.class, () ->
                new MemberTierLadder(Arrays.asList(level("NEW", 0, "0"), level("NEW", 1, "10")))).getError());
        assertEquals(MemberTierError.DUPLICATE_RANK, assertThrows(MemberTierException.class, () ->
                new MemberTierLadder(Arrays.asList(level("NEW", 0, "0"), level("GOLD", 0, "10")))).getError());
        assertEquals(MemberTierError.NO_TIERS, assertThrows(MemberTierException.class, () ->
                new MemberTierLadder(Arrays.<MemberTierLevel>asList())).getError());
    }

    @Test
    void shouldRequireAReasonAndAKnownTierToOverride() {
        assertEquals(MemberTierError.REASON_REQUIRED, assertThrows(MemberTierException.class, () ->
                MemberTierRules.override(ladder(), "GOLD", "  ")).getError());
        assertEquals(MemberTierError.UNKNOWN_TIER, assertThrows(MemberTierException.class, () ->
                MemberTierRules.override(ladder(), "PLATINUM", "VIP")).getError());
        assertEquals("GOLD", MemberTierRules.override(ladder(), " GOLD ", "VIP").getCode());
    }
}
