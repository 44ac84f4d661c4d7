package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.departure.domain.GuideDeparture;
import com.guidecommerce.core.departure.rule.DepartureException;
import com.guidecommerce.core.organisation.domain.Guide;

/**
 * A guide's departure (离职): their members are handed to heirs by the chosen strategy, the guide becomes departed,
 * and the handover is audited. Bean name {@code gcDepartureService}.
 *
 * <p>Both methods throw {@link DepartureException} when the departure cannot go ahead (already departed, nobody to
 * inherit, capacity too small, ...); its error code and arguments say what HQ must change.
 */
public interface DepartureService {

    /**
     * Who would inherit each member of the guide's valid bindings and each of the guide's distributors who has not
     * ended, without changing anything.
     */
    DeparturePlan preview(Guide guide, DepartureRequest request);

    /**
     * Carries the departure out in one transaction: every member with a valid binding moves to their heir (source
     * {@code DEPARTURE_TRANSFER}, the reason naming the departure), every distributor who has not ended moves to
     * theirs (a distributor who is one of those members goes with the member, any other to the departure's primary
     * heir, see {@link com.guidecommerce.core.departure.rule.HeirRule#primaryHeir}; each move is in the
     * distributor's history, the reason naming the departure), the guide becomes departed as of now, and the audit
     * record is written. Either all of it happens or none of it does. A guide departs once: a second call fails with
     * {@code ALREADY_DEPARTED}.
     *
     * @param actor the admin login that runs the departure
     */
    DepartureResult execute(Guide guide, DepartureRequest request, String actor);

    /** The guide's departure record, or {@code null} when the guide has not departed through this service. */
    GuideDeparture findDepartureOf(Guide guide);
}
