package com.guidecommerce.core.distribution.dao;

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

    /** The distributor, locked until the transaction ends. */
    Distributor readDistributorForUpdate(Long id);

    Distributor readByCustomer(Long customerId);

    /**
     * The guide, locked until the transaction ends and read afresh. A departure holds its guide's lock until it
     * commits, so a distributor given to that guide at the same moment waits and then finds the guide departed.
     */
    Guide readGuideForUpdate(Long guideId);

    /** The member's distributor row, locked until the transaction ends. */
    Distributor readByCustomerForUpdate(Long customerId);

    Distributor readByCode(String code);

    /** The guide's distributors that have not ended, newest first. */
    List<Distributor> readCurrentOf(Long guideId);

    /** How many of the guide's distributors have not ended. */
    long countCurrentOf(Long guideId);

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
