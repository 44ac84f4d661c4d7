package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.service.BoardEntry;
import com.guidecommerce.core.board.service.ScopeRank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The guide's rank in one scope (store, region, nation) with the scope's top three, the guide's own line marked. */
public final class RankCard {

    private final String scope;
    private final Integer rank;
    private final int of;
    private final List<Line> top;

    private RankCard(String scope, Integer rank, int of, List<Line> top) {
        this.scope = scope;
        this.rank = rank;
        this.of = of;
        this.top = top;
    }

    /**
     * @param scope    {@code store}, {@code region} or {@code nation}
     * @param rank     the guide's rank there, or null when the snapshot has not ranked them
     */
    static RankCard of(String scope, ScopeRank rank, Long guideId, Metric metric, Locale locale) {
        if (rank == null) {
            return new RankCard(scope, null, 0, Collections.<Line>emptyList());
        }
        List<Line> top = new ArrayList<Line>();
        for (BoardEntry entry : rank.getTop()) {
            top.add(new Line(entry.getRank(), entry.getName(), MetricLabels.value(metric, entry.getValue(), locale),
                    guideId.equals(entry.getSubjectId())));
        }
        return new RankCard(scope, rank.getRank(), rank.getOf(), top);
    }

    /** {@code store}, {@code region} or {@code nation}. */
    public String getScope() {
        return scope;
    }

    public Integer getRank() {
        return rank;
    }

    public int getOf() {
        return of;
    }

    public List<Line> getTop() {
        return top;
    }

    /** One line of a board's top: a rank, a name, a value, and whether it is the reader's own. */
    public static final class Line {
        private final int rank;
        private final String name;
        private final String value;
        private final boolean mine;

        Line(int rank, String name, String value, boolean mine) {
            this.rank = rank;
            this.name = name;
            this.value = value;
            this.mine = mine;
        }

        public int getRank() {
            return rank;
        }

        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }

        /** The guide's own line. */
        public boolean isMine() {
            return mine;
        }
    }
}
