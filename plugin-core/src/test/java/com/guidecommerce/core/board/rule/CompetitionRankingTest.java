package com.guidecommerce.core.board.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompetitionRankingTest {

    @Test
    void shouldShareARankBetweenEqualValuesAndSkipTheNext() {
        RankEntry a = entry(1, 10L, 100L, "50");
        RankEntry b = entry(2, 10L, 100L, "80");
        RankEntry c = entry(3, 11L, 100L, "80.00");
        RankEntry d = entry(4, 11L, 101L, "0");
        RankEntry e = entry(5, 12L, 101L, "0");

        List<RankEntry> ranked = CompetitionRanking.rank(Arrays.asList(a, b, c, d, e));

        assertEquals(Arrays.asList(b, c, a, d, e), ranked);
        assertEquals(Arrays.asList(1, 1, 3, 4, 4), Arrays.asList(b.getRankInNation(), c.getRankInNation(),
                a.getRankInNation(), d.getRankInNation(), e.getRankInNation()));
        assertEquals(Arrays.asList(1, 1, 3, 1, 1), Arrays.asList(b.getRankInRegion(), c.getRankInRegion(),
                a.getRankInRegion(), d.getRankInRegion(), e.getRankInRegion()));
        assertEquals(Arrays.asList(1, 1, 2, 2, 1), Arrays.asList(b.getRankInStore(), c.getRankInStore(),
                a.getRankInStore(), d.getRankInStore(), e.getRankInStore()));
    }

    @Test
    void shouldRankANegativeValueBelowZero() {
        RankEntry refunded = entry(1, 1L, 1L, "-20");
        RankEntry idle = entry(2, 1L, 1L, "0");

        CompetitionRanking.rank(Arrays.asList(refunded, idle));

        assertEquals(1, idle.getRankInNation());
        assertEquals(2, refunded.getRankInNation());
    }

    private static RankEntry entry(long id, Long store, Long region, String value) {
        return new RankEntry(id, store, region, new BigDecimal(value));
    }
}
