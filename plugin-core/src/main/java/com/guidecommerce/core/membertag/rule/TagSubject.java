package com.guidecommerce.core.membertag.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** What the tag rules know about one member: when they registered and were first bound, and their paid orders. */
public final class TagSubject {

    private final Date registeredAt;
    private final Date firstBoundAt;
    private final List<TagOrder> orders;

    public TagSubject(Date registeredAt, Date firstBoundAt, List<TagOrder> orders) {
        this.registeredAt = registeredAt;
        this.firstBoundAt = firstBoundAt;
        this.orders = Collections.unmodifiableList(new ArrayList<TagOrder>(orders));
    }

    /** {@code null} when not known. */
    public Date getRegisteredAt() {
        return registeredAt;
    }

    /** {@code null} while never bound to a guide. */
    public Date getFirstBoundAt() {
        return firstBoundAt;
    }

    public List<TagOrder> getOrders() {
        return orders;
    }
}
