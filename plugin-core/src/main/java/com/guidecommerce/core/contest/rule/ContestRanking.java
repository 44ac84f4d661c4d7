package com.guidecommerce.core.contest.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks a contest's final scores. Equal scores share a rank and the next rank is skipped ("1224"), so the top N may
 * be more than N contestants when the N-th place is shared; nobody wins with a score of zero or less (a contest
 * nobody sold in has no winner).
 */
public final class ContestRanking {

    private static final Comparator<Standing> BY_SCORE = new Comparator<Standing>() {
        @Override
        public int compare(Standing a, Standing b) {
            int byScore = b.getFinalScore().compareTo(a.getFinalScore());
            return byScore != 0 ? byScore : Long.compare(a.getSubjectId(), b.getSubjectId());
        }
    };

    private ContestRanking() {
    }

    public static List<Placing> rank(List<Standing> standings, int topN) {
        List<Standing> sorted = new ArrayList<Standing>(standings);
        Collections.sort(sorted, BY_SCORE);
        List<Placing> placings = new ArrayList<Placing>(sorted.size());
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Standing standing = sorted.get(i);
            if (i == 0 || standing.getFinalScore().compareTo(sorted.get(i - 1).getFinalScore()) != 0) {
                rank = i + 1;
            }
            placings.add(new Placing(rank, standing, rank <= topN && standing.getFinalScore().signum() > 0));
        }
        return placings;
    }
}
