package com.guidecommerce.core.points.service;

import com.guidecommerce.core.points.dao.PointsHistoryLine;
import com.guidecommerce.core.points.rule.PointsTerms;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The points ledger (积分) of members, bean {@code gcPointsService}. Earning and reversals come from the order stream
 * ({@link PointsListener}); this service spends, gives back, adjusts, releases and expires, each in its own
 * transaction with the member's account row locked, and appends an entry with a reason for every change.
 */
public interface PointsService {

    PointsBalance balanceOf(long customerId);

    /** The member's latest entries, newest first. */
    List<PointsHistoryLine> history(long customerId, int limit);

    /**
     * Spends {@code points} of the member's available points for a Broadleaf order (a REDEEM entry), checked under the
     * account lock; expired points are expired first so they cannot be spent. Returns the entry's id.
     *
     * @throws com.guidecommerce.core.points.rule.PointsException NOT_ENOUGH_POINTS, POINTS_NOT_POSITIVE
     */
    long redeem(long customerId, long points, Long broadleafOrderId, String reason);

    /** Gives a redemption back (REDEEM_CANCEL), once; returns false when it had been given back already. */
    boolean cancelRedemption(long redeemEntryId, String reason);

    /** Gives back every redemption of the Broadleaf order not given back yet; returns how many points. */
    long cancelRedemptionsOf(long broadleafOrderId, String reason);

    /**
     * HQ's adjustment: adds (or, negative, deducts) points with a required reason, recorded with the actor. A deduction
     * cannot take the available balance below zero. Returns the entry's id.
     */
    long adjust(long customerId, long points, String reason, String actor);

    /** Makes earnings whose return window has closed available; returns how many members' earnings moved. */
    int release();

    /** Expires what is left of points past their expiry, once per lot; returns how many points expired. */
    long expire();

    /** The points a payment of {@code amount} by the member would earn now in the channel (multiplier included). */
    long pointsFor(BigDecimal amount, Long customerId, String channelCode, String storeCode, Date at);

    PointsTerms getTerms();

    /** Members whose stored balance differs from the sums of their entries ({@link
     * com.guidecommerce.core.points.dao.PointsStore#balanceMismatches}); empty when the ledger is consistent. */
    Map<Long, long[]> balanceMismatches();
}
