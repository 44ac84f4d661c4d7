package com.guidecommerce.core.commission.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A published commission plan version, ready to price order lines: which rule applies to a role on a line, and the
 * line's capped split among its beneficiaries.
 *
 * <p>Resolution: among the rules matching the role, the line's channel, category and product and the beneficiary's
 * tier, the most specific wins (product, then category, channel, tier; a rule naming the role beats one for every
 * role). An exclusion that is at least as specific as the best rate wins over it, so "clearance category: no
 * commission" beats the channel's default rate but not a rate set for one product inside that category.
 */
public final class PlanRates {

    private final Long planId;
    private final int version;
    private final Date effectiveFrom;
    private final BigDecimal capPercent;
    private final List<RateRule> rules;

    public PlanRates(Long planId, int version, Date effectiveFrom, BigDecimal capPercent, List<RateRule> rules) {
        this.planId = planId;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.capPercent = capPercent;
        this.rules = Collections.unmodifiableList(new ArrayList<RateRule>(rules));
    }

    /** The rule that sets {@code role}'s rate on this line, or {@code null} when none matches (no commission). */
    public RateRule ruleFor(String role, LineScope line, String tier) {
        RateRule best = null;
        for (RateRule rule : rules) {
            if (!rule.matches(role, line, tier)) {
                continue;
            }
            if (best == null || rule.specificity() > best.specificity()
                    || (rule.specificity() == best.specificity() && rule.isExcluded() && !best.isExcluded())) {
                best = rule;
            }
        }
        return best;
    }

    /** The rate a rule grants, as a fraction (5 % is 0.05); zero for exclusions and missing rules. */
    public static BigDecimal fraction(RateRule rule) {
        if (rule == null || rule.isExcluded() || rule.getRatePercent() == null) {
            return BigDecimal.ZERO;
        }
        return rule.getRatePercent().movePointLeft(2);
    }

    public BigDecimal capFraction() {
        return capPercent.movePointLeft(2);
    }

    public Long getPlanId() {
        return planId;
    }

    public int getVersion() {
        return version;
    }

    public Date getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getCapPercent() {
        return capPercent;
    }
}
