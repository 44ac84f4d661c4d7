package com.guidecommerce.core.board.rule;

import java.math.BigDecimal;

/** A subject to rank (a guide or a store) with its value, and the ranks {@link CompetitionRanking} gives it. */
public final class RankEntry {

    private final long subjectId;
    private final Long storeId;
    private final Long regionId;
    private final BigDecimal value;
    int rankInStore;
    int rankInRegion;
    int rankInNation;

    public RankEntry(long subjectId, Long storeId, Long regionId, BigDecimal value) {
        this.subjectId = subjectId;
        this.storeId = storeId;
        this.regionId = regionId;
        this.value = value;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getStoreId() {
        return storeId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** Rank among the subjects of the same store; 0 before ranking. */
    public int getRankInStore() {
        return rankInStore;
    }

    /** Rank among the subjects of the same region (those without a region rank among themselves). */
    public int getRankInRegion() {
        return rankInRegion;
    }

    public int getRankInNation() {
        return rankInNation;
    }
}
