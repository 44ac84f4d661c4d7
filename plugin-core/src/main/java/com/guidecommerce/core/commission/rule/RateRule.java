package com.guidecommerce.core.commission.rule;

import java.math.BigDecimal;

/**
 * One rule of a commission plan as the rate resolution sees it: a scope (each part {@code null} = any) and either a
 * rate in percent or an exclusion.
 */
public final class RateRule {

    private final Long id;
    private final String role;
    private final String channelCode;
    private final Long categoryId;
    private final Long productId;
    private final String guideTier;
    private final BigDecimal ratePercent;
    private final boolean excluded;

    public RateRule(Long id, String role, String channelCode, Long categoryId, Long productId, String guideTier,
                    BigDecimal ratePercent, boolean excluded) {
        this.id = id;
        this.role = role;
        this.channelCode = channelCode;
        this.categoryId = categoryId;
        this.productId = productId;
        this.guideTier = guideTier;
        this.ratePercent = ratePercent;
        this.excluded = excluded;
    }

    boolean matches(String role, LineScope line, String tier) {
        return (this.role == null || this.role.equals(role))
                && (channelCode == null || channelCode.equals(line.getChannelCode()))
                && (categoryId == null || categoryId.equals(line.getCategoryId()))
                && (productId == null || productId.equals(line.getProductId()))
                && (guideTier == null || guideTier.equals(tier));
    }

    /** Product beats category beats channel beats tier; a rule naming the role beats one for every role. */
    int specificity() {
        return (productId != null ? 16 : 0) + (categoryId != null ? 8 : 0) + (channelCode != null ? 4 : 0)
                + (guideTier != null ? 2 : 0) + (role != null ? 1 : 0);
    }

    /** The scope in words, recorded on each ledger entry. */
    public String describeScope() {
        StringBuilder scope = new StringBuilder(excluded ? "excluded" : "rate");
        scope.append(" for ").append(role == null ? "every role" : role);
        if (channelCode != null) {
            scope.append(", channel ").append(channelCode);
        }
        if (categoryId != null) {
            scope.append(", category ").append(categoryId);
        }
        if (productId != null) {
            scope.append(", product ").append(productId);
        }
        if (guideTier != null) {
            scope.append(", tier ").append(guideTier);
        }
        return scope.toString();
    }

    public Long getId() {
        return id;
    }

    public String getRole() {
        return role;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public boolean isExcluded() {
        return excluded;
    }
}
