package com.guidecommerce.core.board.dao;

import java.math.BigDecimal;

/** A GC_RANK_SNAPSHOT row as read: subject, placement, value and ranks (rank in store null for stores). */
public final class SnapshotRow {

    private final long subjectId;
    private final long storeId;
    private final Long regionId;
    private final BigDecimal value;
    private final Integer rankInStore;
    private final int rankInRegion;
    private final int rankInNation;

    public SnapshotRow(long subjectId, long storeId, Long regionId, BigDecimal value, Integer rankInStore,
                       int rankInRegion, int rankInNation) {
        this.subjectId = subjectId;
        this.storeId = storeId;
        this.regionId = regionId;
        this.value = value;
        this.rankInStore = rankInStore;
        this.rankInRegion = rankInRegion;
        this.rankInNation = rankInNation;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getStoreId() {
        return storeId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Integer getRankInStore() {
        return rankInStore;
    }

    public int getRankInRegion() {
        return rankInRegion;
    }

    public int getRankInNation() {
        return rankInNation;
    }
}
