package com.guidecommerce.admin.board.web;

import java.math.BigDecimal;

/**
 * One line of HQ's leaderboard as the page and its CSV show it: rank, the guide's or store's code and name, the store
 * (guides only) and region it is placed in now, and its value, plain and as the reader reads it.
 */
public final class LeaderboardRow {

    private final int rank;
    private final String code;
    private final String name;
    private final String storeCode;
    private final String storeName;
    private final String regionCode;
    private final String regionName;
    private final BigDecimal value;
    private final String shownValue;

    LeaderboardRow(int rank, String code, String name, String storeCode, String storeName, String regionCode,
                   String regionName, BigDecimal value, String shownValue) {
        this.rank = rank;
        this.code = code;
        this.name = name;
        this.storeCode = storeCode;
        this.storeName = storeName;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.value = value;
        this.shownValue = shownValue;
    }

    public int getRank() {
        return rank;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public String getStoreName() {
        return storeName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionName() {
        return regionName;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** The value as the page shows it: money with its currency, counts as whole numbers. */
    public String getShownValue() {
        return shownValue;
    }
}
