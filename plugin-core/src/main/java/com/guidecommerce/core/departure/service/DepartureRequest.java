package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.departure.domain.DepartureStrategy;

/** How HQ wants a departing guide's members handed over. */
public final class DepartureRequest {

    private final DepartureStrategy strategy;
    private final Integer capacity;
    private final String namedGuideCode;

    /**
     * @param capacity       round robin: the most members one heir takes, {@code null} for no limit
     * @param namedGuideCode named guide: the code of the guide who inherits every member
     */
    public DepartureRequest(DepartureStrategy strategy, Integer capacity, String namedGuideCode) {
        this.strategy = strategy;
        this.capacity = capacity;
        this.namedGuideCode = namedGuideCode;
    }

    public static DepartureRequest toStoreManager() {
        return new DepartureRequest(DepartureStrategy.STORE_MANAGER, null, null);
    }

    public static DepartureRequest roundRobin(Integer capacity) {
        return new DepartureRequest(DepartureStrategy.ROUND_ROBIN, capacity, null);
    }

    public static DepartureRequest toNamedGuide(String guideCode) {
        return new DepartureRequest(DepartureStrategy.NAMED_GUIDE, null, guideCode);
    }

    public DepartureStrategy getStrategy() {
        return strategy;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public String getNamedGuideCode() {
        return namedGuideCode;
    }
}
