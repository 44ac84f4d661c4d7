package com.guidecommerce.core.fraud.rule;

import java.util.Date;

/** Bindings that came within one hour. */
public final class Burst {

    private final Date firstAt;
    private final Date lastAt;
    private final int count;

    Burst(Date firstAt, Date lastAt, int count) {
        this.firstAt = firstAt;
        this.lastAt = lastAt;
        this.count = count;
    }

    public Date getFirstAt() {
        return firstAt;
    }

    public Date getLastAt() {
        return lastAt;
    }

    public int getCount() {
        return count;
    }
}
