package com.guidecommerce.core.tier.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TierRulesTest {

    private final TierRules oneStepDown = new TierRules(1);

    /** 普通 / 铜 / 银 / 金: each tier asks a little more. */
    private static TierLadder distributorLadder() {
        return new TierLadder(Arrays.asList(
                new TierLevel("D_GOLD", 3, new BigDecimal("10000.00"), 30, 0),
                new TierLevel("D_NORMAL", 0, BigDecimal.ZERO, 0, 0),
                new TierLevel("D_SILVER", 2, new BigDecimal("3000.00"), 10, 0),
                new TierLevel("D_BRONZE", 1, new BigDecimal("1000.00"), 0, 0)));
    }

    private static TierLadder guideLadder() {
        return new TierLadder(Arrays.asList(
                new TierLevel("NORMAL", 0, BigDecimal.ZERO, 0, 0),
                new TierLevel("SUPER", 1, new BigDecimal("30000.00"), 30, 10)));
    }

    private static PeriodFigures figures(String sales, long orders, long newMembers) {
        return new PeriodFigures(new BigDecimal(sales), orders, newMembers);
    }

    @Test
    void shouldUpgradeSeveralStepsAtOnceToTheHighestTierEarned() {
        TierLevel next = oneStepDown.next(distributorLadder(), "D_NORMAL", figures("12000.00", 31, 0));

        assertEquals("D_GOLD", next.getCode());
    }

    @Test
    void shouldDowngradeOnlyOneStepWhenThePeriodEarnsLess() {
        TierLevel next = oneStepDown.next(distributorLadder(), "D_GOLD", figures("0.00", 0, 0));

        assertEquals("D_SILVER", next.getCode());
    }

    @Test
    void shouldDowngradeAsManyStepsAsTheSettingAllows() {
        TierLevel next = new TierRules(2).next(distributorLadder(), "D_GOLD", figures("0.00", 0, 0));

        assertEquals("D_BRONZE", next.getCode());
    }

    @Test
    void shouldDowngradeOnlyToWhatThePeriodEarnsWhenThatIsCloser() {
        TierLevel next = new TierRules(3).next(distributorLadder(), "D_GOLD", figures("5000.00", 12, 0));

        assertEquals("D_SILVER", next.getCode());
    }

    @Test
    void shouldKeepTheTierWhoseThresholdsAreMetAgain() {
        TierLevel next = oneStepDown.next(distributorLadder(), "D_SILVER", figures("3000.00", 10, 0));

        assertEquals("D_SILVER", next.getCode());
    }

    @Test
    void shouldNotUpgradeWhenOnlySomeThresholdsAreMet() {
        TierLevel next = oneStepDown.next(guideLadder(), "NORMAL", figures("90000.00", 80, 9));

        assertEquals("NORMAL", next.getCode());
    }

    @Test
    void shouldUpgradeOnlyAsFarAsEveryThresholdIsMet() {
        TierLevel next = oneStepDown.next(distributorLadder(), "D_NORMAL", figures("20000.00", 9, 0));

        assertEquals("D_BRONZE", next.getCode());
    }

    @Test
    void shouldStartFromTheTierHqSetByHandWhenTheNextPeriodIsEvaluated() {
        TierLadder ladder = distributorLadder();
        TierLevel overridden = oneStepDown.override(ladder, "D_GOLD", "Top seller at the spring fair");

        TierLevel next = oneStepDown.next(ladder, overridden.getCode(), figures("0.00", 0, 0));

        assertEquals("D_SILVER", next.getCode());
    }

    @Test
    void shouldRefuseAnOverrideWithoutReason() {
        TierException refused = assertThrows(TierException.class,
                () -> oneStepDown.override(guideLadder(), "SUPER", "  "));

        assertEquals(TierError.REASON_REQUIRED, refused.getError());
    }

    @Test
    void shouldRefuseAnOverrideToATierOfAnotherLadder() {
        TierException refused = assertThrows(TierException.class,
                () -> oneStepDown.override(guideLadder(), "D_GOLD", "promoted"));

        assertEquals(TierError.UNKNOWN_TIER, refused.getError());
    }

    @Test
    void shouldTreatASubjectWithoutTierAsHoldingTheEntryTier() {
        TierLevel next = oneStepDown.next(distributorLadder(), null, figures("1500.00", 1, 0));

        assertEquals("D_BRONZE", next.getCode());
    }

    @Test
    void shouldNeverDowngradeWithZeroStepsDown() {
        TierLevel next = new TierRules(0).next(distributorLadder(), "D_GOLD", figures("0.00", 0, 0));

        assertEquals("D_GOLD", next.getCode());
    }

    @Test
    void shouldRefuseANegativeStepsDownSetting() {
        TierException refused = assertThrows(TierException.class, () -> new TierRules(-1));

        assertEquals(TierError.BAD_SETTING, refused.getError());
    }
}
