package com.guidecommerce.core.distribution.dao;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.organisation.domain.Guide;

import java.util.Date;
import java.util.List;

/** Reads and writes of the distribution tables. */
public interface DistributionDao {

    Distributor createDistributor();

    DistributorInvitation createInvitation();

    DistributorInvitation readInvitation(String token);

    /** The invitation, locked until the transaction ends: one member accepts it. */
    DistributorInvitation readInvitationForUpdate(String token);

    Distributor readDistributor(Long id);

    /**
     * The id of the distributor's guide as the database holds it (never an entity manager's copy), or {@code null}
     * when there is no such distributor.
     */
    Long readGuideIdOf(Long distributorId);

    /** The distributor, locked until the transaction ends. */
    Distributor readDistributorForUpdate(Long id);

    Distributor readByCustomer(Long customerId);

    /**
     * The guide, read afresh and share-locked until the transaction ends: others may share-lock it too (two HQ moves
     * between the same guides do not wait for each other), but a departure, which locks its guide for update until
     * it commits, and this wait for each other. A distributor given to a guide who is departing at that moment is
     * therefore given once the departure has committed, and then finds the guide departed.
     */
    Guide readGuideShareLocked(Long guideId);

    /** The member's distributor row, locked until the transaction ends. */
    Distributor readByCustomerForUpdate(Long customerId);

    Distributor readByCode(String code);

    /** The guide's distributors that have not ended, newest first. */
    List<Distributor> readCurrentOf(Long guideId);

    /** How many of the guide's distributors have not ended. */
    long countCurrentOf(Long guideId);

    /** Active distributors' ids, codes and tier codes. */
    List<TierHolding> readActiveTiers();

    <T> T save(T entity);

    DistributorEvent append(DistributorEvent event);

    /** The distributor's history, newest first. */
    List<DistributorEvent> readHistory(Long distributorId);

    /**
     * Marks an invitation used by a member, only if no one has used it: true when this call did. The one place that
     * decides which of two members accepting one invitation at the same moment gets it, on every database.
     */
    boolean markInvitationUsed(Long invitationId, Long customerId, Date at);
}
