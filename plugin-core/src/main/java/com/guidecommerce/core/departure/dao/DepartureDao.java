package com.guidecommerce.core.departure.dao;

import com.guidecommerce.core.departure.domain.GuideDeparture;
import com.guidecommerce.core.organisation.domain.Guide;

import java.util.Map;

/** Reads and writes GC_GUIDE_DEPARTURE, and what a departure needs to read of guides and bindings. */
public interface DepartureDao {

    Guide readGuide(Long guideId);

    /** The guide, locked for update until the transaction ends, so two departures of one guide run one after the other. */
    Guide readGuideForUpdate(Long guideId);

    GuideDeparture readDepartureOf(Long guideId);

    /** Persists the departure and flushes, so its id is known and a second departure of the guide fails here. */
    GuideDeparture save(GuideDeparture departure);

    /**
     * Members bound to the guide whose account is some guide's storefront login: member id to that guide's id.
     * Bindings are included whether or not they are still valid.
     */
    Map<Long, Long> readGuideAccountsAmongMembersOf(Long guideId);
}
