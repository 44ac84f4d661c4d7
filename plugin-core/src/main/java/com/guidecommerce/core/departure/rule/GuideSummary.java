package com.guidecommerce.core.departure.rule;

/** What the heir rules need to know of a guide. */
public final class GuideSummary {

    private final long id;
    private final String code;
    private final Long storeId;
    private final boolean storeManager;
    private final boolean active;

    public GuideSummary(long id, String code, Long storeId, boolean storeManager, boolean active) {
        this.id = id;
        this.code = code;
        this.storeId = storeId;
        this.storeManager = storeManager;
        this.active = active;
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getStoreId() {
        return storeId;
    }

    public boolean isStoreManager() {
        return storeManager;
    }

    public boolean isActive() {
        return active;
    }

    boolean isColleagueOf(GuideSummary other) {
        return id != other.id && storeId != null && storeId.equals(other.storeId);
    }

    @Override
    public String toString() {
        return code;
    }
}
