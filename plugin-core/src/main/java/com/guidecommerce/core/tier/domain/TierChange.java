package com.guidecommerce.core.tier.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** One change of a guide's or distributor's tier, as its append-only history records it. */
public interface TierChange extends Serializable {

    Long getId();

    TierSubject getSubject();

    Long getSubjectId();

    /** The guide's or distributor's code when the change was made. */
    String getSubjectCode();

    String getFromTier();

    String getToTier();

    /** The evaluated period (e.g. 2026-11 or 2026-Q4); for an override, the period it was made in. */
    String getPeriodKey();

    TierChangeCause getCause();

    /** The figures the evaluation used; null for an override. */
    BigDecimal getSales();

    Long getOrders();

    Long getNewMembers();

    String getActor();

    String getReason();

    Date getChangedAt();
}
