package com.guidecommerce.core.contest.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContestRankingTest {

    @Test
    void shouldRankByTheScoreLeftAfterTheWindowsRefunds() {
        List<Placing> placings = ContestRanking.rank(Arrays.asList(standing(1, "500", "250"), standing(2, "400", "0"),
                standing(3, "300", null)), 2);

        assertEquals(Arrays.asList("1 G2 true", "2 G3 true", "3 G1 false"), describe(placings));
    }

    @Test
    void shouldLetEveryoneSharingTheLastWinningPlaceWin() {
        List<Placing> placings = ContestRanking.rank(Arrays.asList(standing(1, "100", "0"), standing(2, "90", "0"),
                standing(3, "90", "0"), standing(4, "80", "0")), 2);

        assertEquals(Arrays.asList("1 G1 true", "2 G2 true", "2 G3 true", "4 G4 false"), describe(placings));
    }

    @Test
    void shouldGiveNothingForAScoreOfZeroOrLess() {
        List<Placing> placings = ContestRanking.rank(Arrays.asList(standing(1, "100", "100"), standing(2, "0", "0"),
                standing(3, "50", "80")), 3);

        assertEquals(Arrays.asList("1 G1 false", "1 G2 false", "3 G3 false"), describe(placings));
    }

    private static Standing standing(long id, String period, String laterRefunds) {
        return new Standing(id, "G" + id, "Guide " + id, new BigDecimal(period),
                laterRefunds == null ? null : new BigDecimal(laterRefunds));
    }

    private static List<String> describe(List<Placing> placings) {
        return placings.stream().map(p -> p.getRank() + " " + p.getStanding().getCode() + " " + p.isWinner())
                .collect(Collectors.toList());
    }
}
