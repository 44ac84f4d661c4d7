package com.guidecommerce.admin.departure.web;

import com.guidecommerce.core.departure.domain.DepartureStrategy;
import com.guidecommerce.core.departure.rule.DepartureError;
import com.guidecommerce.core.departure.rule.DepartureException;
import com.guidecommerce.core.departure.service.DepartureRequest;

/** The departure page's form, as posted: a strategy, a capacity per heir (round robin) and a named guide's code. */
public class DepartureForm {

    private String strategy = DepartureStrategy.STORE_MANAGER.getType();
    private String capacity;
    private String heirCode;

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getHeirCode() {
        return heirCode;
    }

    public void setHeirCode(String heirCode) {
        this.heirCode = heirCode;
    }

    /**
     * The request the form asks for. The capacity counts for round robin only: empty means no limit, and anything but
     * a whole number is refused with the same error the rules give a capacity below one.
     */
    public DepartureRequest toRequest() {
        DepartureStrategy chosen = DepartureStrategy.getInstance(strategy);
        return new DepartureRequest(chosen, DepartureStrategy.ROUND_ROBIN.equals(chosen) ? capacityValue() : null,
                heirCode);
    }

    private Integer capacityValue() {
        if (capacity == null || capacity.trim().isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(capacity.trim());
        } catch (NumberFormatException e) {
            throw new DepartureException(DepartureError.INVALID_CAPACITY, capacity.trim());
        }
    }
}
