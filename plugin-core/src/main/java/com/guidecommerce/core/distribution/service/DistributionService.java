package com.guidecommerce.core.distribution.service;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Guides recruit members as their distributors; HQ approves, moves, suspends, reactivates and ends them. Every change
 * is appended to the distributor's history with who made it and why. Bean {@code gcDistributionService}.
 */
public interface DistributionService {

    /**
     * A new invitation of the guide, open for {@code gc.distribution.invitationDays}.
     *
     * @throws com.guidecommerce.core.distribution.rule.DistributionException when the guide is not active or
     *         recruiting is switched off
     */
    DistributorInvitation invite(Guide guide);

    /** The invitation with this token, or null. */
    DistributorInvitation findInvitation(String token);

    /**
     * The member accepts the invitation: they join (or wait for HQ's approval) or are refused with a reason. Safe
     * when the same member accepts several invitations at once: at most one makes them a distributor.
     */
    JoinResult accept(String token, Customer member);

    /**
     * Why the member could not accept the invitation now, or null when they would join; read without locks, for the
     * join page (accepting decides again).
     */
    JoinRefusal refusalFor(String token, Customer member);

    Distributor findByCustomer(Long customerId);

    Distributor findByCode(String code);

    Distributor findById(Long distributorId);

    /** Distributors by id, as other features credit them; unknown ids are left out. */
    Map<Long, DistributorProfile> findProfiles(Collection<Long> distributorIds);

    /** Distributors by code (upper case), as other features credit them; unknown codes are left out. */
    Map<String, DistributorProfile> findProfilesByCode(Collection<String> codes);

    /** The guide's distributors that have not ended, newest first. */
    List<Distributor> findCurrentOf(Long guideId);

    long countCurrentOf(Long guideId);

    /** The distributor's history, newest first. */
    List<DistributorEvent> findHistory(Long distributorId);

    /** HQ approves a pending distributor. The reason is required, as for every HQ action. */
    Distributor approve(Long distributorId, String actor, String reason);

    /** HQ gives the distributor to another active guide, keeping their status. */
    Distributor move(Long distributorId, Long guideId, String actor, String reason);

    /**
     * Moves every distributor of a guide who leaves to an heir, keeping each one's status, and records each move in
     * their history (action MOVED, from the guide to the heir, with the actor and the reason). A distributor whose
     * own member account is in {@code heirsByMember} goes to that member's heir, any other one to
     * {@code defaultHeirId} (see {@link com.guidecommerce.core.distribution.rule.DistributorHeirs}). Ended
     * distributors stay where they are.
     *
     * <p>Joins the caller's transaction (a departure's), so the caller's rollback undoes every move. Each distributor
     * is locked and read afresh before it moves: an HQ action on one of them at the same moment either comes first
     * (a distributor HQ has moved elsewhere or ended is left alone) or waits and then acts on the moved distributor.
     * Heirs are locked too and must be active.
     *
     * @param heirsByMember member (customer) id to the id of the guide who inherits that member
     * @param defaultHeirId the guide who inherits every distributor not among those members
     * @return the distributors moved, each now with their heir
     * @throws com.guidecommerce.core.distribution.rule.DistributionException when an heir is not an active guide,
     *         or the reason is empty
     */
    List<Distributor> moveAllOf(Long fromGuideId, Map<Long, Long> heirsByMember, Long defaultHeirId, String actor,
                                String reason);

    Distributor suspend(Long distributorId, String actor, String reason);

    Distributor reactivate(Long distributorId, String actor, String reason);

    /**
     * Sets the distributor's tier (a GC_TIER code of the distributor ladder) and appends the change to their history.
     * The one way a distributor's tier changes: the tier feature's evaluation and HQ's override call it.
     *
     * @throws com.guidecommerce.core.distribution.rule.DistributionException when there is no such distributor, they
     *         have ended, or the reason is empty
     */
    Distributor changeTier(Long distributorId, String tierCode, String actor, String reason);

    /** Active distributors' ids, codes and tier codes. */
    List<TierHolding> findActiveTiers();

    /** The member stops being a distributor; they may accept a new invitation later. */
    Distributor end(Long distributorId, String actor, String reason);
}
