package com.guidecommerce.core.board.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Competition ranking ("1224"): a subject's rank is one more than the number of subjects of its scope with a greater
 * value, so equal values share a rank and the next rank is skipped. Ranks in the nation, in each region and in each
 * store come from one pass over the subjects sorted by value (descending, then by id so the order is stable).
 */
public final class CompetitionRanking {

    private static final Comparator<RankEntry> BY_VALUE = new Comparator<RankEntry>() {
        @Override
        public int compare(RankEntry a, RankEntry b) {
            int byValue = b.getValue().compareTo(a.getValue());
            return byValue != 0 ? byValue : Long.compare(a.getSubjectId(), b.getSubjectId());
        }
    };

    private CompetitionRanking() {
    }

    /** Ranks the entries in place and returns them in rank order. */
    public static List<RankEntry> rank(List<RankEntry> entries) {
        List<RankEntry> sorted = new ArrayList<RankEntry>(entries);
        Collections.sort(sorted, BY_VALUE);
        Counter nation = new Counter();
        Map<Long, Counter> regions = new HashMap<Long, Counter>();
        Map<Long, Counter> stores = new HashMap<Long, Counter>();
        for (RankEntry entry : sorted) {
            entry.rankInNation = nation.next(entry.getValue());
            entry.rankInRegion = counter(regions, entry.getRegionId()).next(entry.getValue());
            entry.rankInStore = counter(stores, entry.getStoreId()).next(entry.getValue());
        }
        return sorted;
    }

    private static Counter counter(Map<Long, Counter> counters, Long key) {
        Counter counter = counters.get(key);
        if (counter == null) {
            counter = new Counter();
            counters.put(key, counter);
        }
        return counter;
    }

    /** Ranks of one scope, fed values in descending order. */
    private static final class Counter {
        private int seen;
        private int lastRank;
        private BigDecimal lastValue;

        int next(BigDecimal value) {
            seen++;
            if (lastValue == null || value.compareTo(lastValue) != 0) {
                lastRank = seen;
                lastValue = value;
            }
            return lastRank;
        }
    }
}
