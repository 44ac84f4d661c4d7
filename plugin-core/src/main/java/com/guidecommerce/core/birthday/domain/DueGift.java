package com.guidecommerce.core.birthday.domain;

import com.guidecommerce.core.birthday.rule.GiftWindow;

import java.io.Serializable;

/** A member who is due a birthday gift on a day, and the window of that gift. */
public final class DueGift implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long customerId;
    private final GiftWindow window;

    public DueGift(Long customerId, GiftWindow window) {
        this.customerId = customerId;
        this.window = window;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public GiftWindow getWindow() {
        return window;
    }

    @Override
    public String toString() {
        return customerId + "@" + window;
    }
}
