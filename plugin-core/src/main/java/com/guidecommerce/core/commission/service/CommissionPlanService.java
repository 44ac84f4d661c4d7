package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.CommissionPlan;

/**
 * The versions of the commission plan. HQ edits a draft, publishes it (it applies to orders paid from that moment and
 * the version in force before it retires) and starts the next version as a copy of any earlier one. Published
 * versions never change, so every ledger entry names exactly the rates that produced it. Every publication and copy
 * records who made it and when. Bean {@code gcCommissionPlanService}.
 */
public interface CommissionPlanService {

    /** The plan with this id, or {@code null}. */
    CommissionPlan findPlan(Long planId);

    /** The version in force now, or {@code null} before the first publication. */
    CommissionPlan findActivePlan();

    /** The version number the next new plan gets: one more than the highest so far. */
    int nextVersionNo();

    /**
     * Makes a draft the plan in force from now ({@code effectiveFrom} = now) and retires the version in force before.
     *
     * @throws CommissionPlanException {@link CommissionPlanException#NOT_FOUND}, {@link CommissionPlanException#NOT_DRAFT}
     *         or {@link CommissionPlanException#NO_RULES}
     */
    CommissionPlan publish(Long planId, String actor);

    /**
     * A new draft with the next version number, copying the plan's cap, currency and every rule.
     *
     * @throws CommissionPlanException {@link CommissionPlanException#NOT_FOUND}
     */
    CommissionPlan newVersion(Long planId, String actor);

    /** Whether the plan exists and is still a draft, so the admin may change it or its rules. */
    boolean isDraft(Long planId);
}
