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
    private final String code;
    private final String name;

    public SnapshotRow(long subjectId, long storeId, Long regionId, BigDecimal value, Integer rankInStore,
                       int rankInRegion, int rankInNation, String code, String name) {
        this.subjectId = subjectId;
        this.storeId = storeId;
        this.regionId = regionId;
        this.value = value;
        this.rankInStore = rankInStore;
        this.rankInRegion = rankInRegion;
        this.rankInNation = rankInNation;
        this.code = code;
        this.name = name;
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

    /** The guide's or store's code as of the build; null in rows built before codes were kept. */
    public String getCode() {
        return code;
    }

    /** The guide's or store's name as of the build; null in rows built before names were kept. */
    public String getName() {
        return name;
    }
}
