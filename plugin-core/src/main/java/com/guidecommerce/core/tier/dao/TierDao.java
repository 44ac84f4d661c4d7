package com.guidecommerce.core.tier.dao;

import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierChange;
import com.guidecommerce.core.tier.domain.TierSubject;

import java.util.Date;
import java.util.List;

/** Reads and writes the tier tables (GC_TIER, GC_TIER_HISTORY, GC_TIER_EVALUATION) inside JPA transactions. */
public interface TierDao {

    Tier createTier();

    <T> T save(T entity);

    /** The tiers of one ladder, entry tier first. */
    List<Tier> readTiers(TierSubject subject);

    TierChange append(TierChange change);

    /** Changes newest first: of one subject, or of every subject of the kind when {@code subjectId} is null. */
    List<TierChange> readHistory(TierSubject subject, Long subjectId, int maxResults);

    /**
     * Marks an opened evaluation of the period done, only if it is still open: true when this call did. The row stays
     * locked until the transaction ends, so a second evaluation of the period waits and then finds it done.
     */
    boolean claimEvaluation(TierSubject subject, String periodKey, String actor, Date at);

    void recordEvaluation(TierSubject subject, String periodKey, int subjects, int changes);
}
