package com.guidecommerce.core.departure.domain;

import com.guidecommerce.core.organisation.domain.Guide;

import java.io.Serializable;
import java.util.Date;

/**
 * The audit record of a guide's departure (离职): who let the guide go, when, by which strategy, and how many members
 * were handed to heirs. Written once, in the same transaction as the transfers, and never changed; a guide has at
 * most one. Each member's move is in the binding history, with this record's id in the reason.
 */
public interface GuideDeparture extends Serializable {

    Long getId();

    /** The guide who departed. */
    Guide getGuide();

    DepartureStrategy getStrategy();

    /** The one heir of every member (store manager or named guide); {@code null} when members were shared out. */
    Guide getHeir();

    /** The most members one heir could take in a round-robin handover; {@code null} when unlimited or not used. */
    Integer getCapacity();

    int getMemberCount();

    /** The admin login that ran the departure. */
    String getExecutedBy();

    Date getExecutedAt();
}
