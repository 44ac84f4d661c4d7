package com.guidecommerce.core.membertier.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** One change of a member's tier, append-only: from, to, why, on what spend, by whom and when. */
public interface MemberTierChange extends Serializable {

    Long getId();

    Long getCustomerId();

    /** The tier held before; the lowest tier's code for a member never placed. */
    String getFromTier();

    String getToTier();

    MemberTierChangeCause getCause();

    /** The rolling spend the change was decided on; {@code null} for an override. */
    BigDecimal getSpend();

    /** The evaluated period for an evaluation, else {@code null}. */
    String getPeriodKey();

    String getReason();

    String getActor();

    Date getChangedAt();
}
