package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierChange;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.TierPeriod;

import java.util.List;

/**
 * Guide and distributor tiers: the ladders, their evaluation per period, HQ's overrides and the history of every
 * change. Bean {@code gcTierService}; a host may replace it under the same name.
 */
public interface TierService {

    /** The ladder's tiers, entry tier first. */
    List<Tier> findTiers(TierSubject subject);

    /** The period of {@code gc.tier.period} that contains today (gc.default.timezone). */
    TierPeriod currentPeriod();

    /** The latest period whose return window ({@code gc.tier.waitDays}) has passed: the one the job evaluates. */
    TierPeriod lastSettledPeriod();

    /**
     * Evaluates both ladders over the period and applies the changes, each ladder once per period: a second
     * evaluation of the same period, on this node or another, at the same time or later, changes nothing.
     *
     * @throws com.guidecommerce.core.tier.rule.TierException when the period's return window ({@code gc.tier.waitDays}
     *         after its last day) has not passed, or a ladder has no tiers
     */
    List<TierEvaluationResult> evaluate(TierPeriod period, String actor);

    /**
     * Where one guide or distributor stands: their tier (the entry tier when they hold none of the ladder's), the
     * next one up and what the current period's figures so far still lack for it; null for a ladder without tiers.
     */
    TierProgress progressOf(TierSubject subject, Long subjectId, String tierCode);

    /** The evaluation of the current period so far, as it would come out; writes nothing. */
    List<TierProposal> preview(TierSubject subject);

    /**
     * HQ sets a subject's tier by hand, with a required reason; recorded in the history, and the next evaluation
     * moves from it.
     *
     * @throws com.guidecommerce.core.tier.rule.TierException when the tier is not one of the ladder's, the reason is
     *         empty or there is no such subject
     */
    TierChange override(TierSubject subject, Long subjectId, String tierCode, String actor, String reason);

    /** Changes newest first, of one subject or ({@code subjectId} null) of every subject of the kind. */
    List<TierChange> findHistory(TierSubject subject, Long subjectId, int maxResults);
}
