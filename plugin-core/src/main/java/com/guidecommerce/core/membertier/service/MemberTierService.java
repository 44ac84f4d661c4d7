package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.domain.MemberTierChange;
import com.guidecommerce.core.membertier.rule.MemberTierLadder;
import com.guidecommerce.core.membertier.rule.MemberTierProgress;
import com.guidecommerce.core.tier.rule.TierPeriod;

import java.math.BigDecimal;
import java.util.List;

/**
 * Member tiers (会员等级) from all-channel spend over a rolling window: the ladder, where a member stands, the
 * evaluation of a period (the only way down) and HQ's override. Bean {@code gcMemberTierService}.
 */
public interface MemberTierService {

    /** The ladder's definitions, lowest rank first. */
    List<MemberTier> findTiers();

    /** The ladder as the rules see it; fails with NO_TIERS when none is defined. */
    MemberTierLadder ladder();

    /** The member's tier code: the lowest tier's for a member never placed. */
    String tierCodeOf(Long customerId);

    /** How many days back a member's spend counts (gc.memberTier.windowDays). */
    int windowDays();

    /** The member's rolling spend today (paid − refunded over gc.memberTier.windowDays, all channels). */
    BigDecimal spendOf(Long customerId);

    /** Tier, rolling spend, next tier and what it still needs. */
    MemberTierProgress progressOf(Long customerId);

    /** The period being lived now (gc.memberTier.evaluationPeriod, HQ's days). */
    TierPeriod currentPeriod();

    /** The last period that has ended: the one the daily job evaluates. */
    TierPeriod lastEndedPeriod();

    /** The changes an evaluation of the period would make now; writes nothing. */
    List<MemberTierProposal> preview(TierPeriod period);

    /**
     * Sets every member to the tier their rolling spend at the period's end earns, down as well as up, once per
     * period however often or on however many nodes it is started; a member whose tier changed after the period's
     * end keeps it. Refuses a period that has not ended.
     */
    MemberTierEvaluationResult evaluate(TierPeriod period, String actor);

    /** HQ sets a member's tier by hand, with a reason kept in the history (cause OVERRIDE). */
    MemberTierChange override(Long customerId, String tierCode, String reason, String actor);

    /** The member's tier changes, newest first; every member's when {@code customerId} is null. */
    List<MemberTierChange> history(Long customerId, int maxResults);
}
