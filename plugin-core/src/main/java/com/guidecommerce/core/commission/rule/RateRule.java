package com.guidecommerce.core.commission.rule;

import com.guidecommerce.core.commission.domain.CommissionRole;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.organisation.domain.GuideTier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

    /** The length of a ledger entry's rule scope column. */
    static final int SCOPE_LENGTH = 128;

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

    /** Product beats category beats channel beats tier. */
    int scopeSpecificity() {
        return (productId != null ? 8 : 0) + (categoryId != null ? 4 : 0) + (channelCode != null ? 2 : 0)
                + (guideTier != null ? 1 : 0);
    }

    /** Whether this rule beats {@code other} when both match: narrower scope, then exclusion, then naming the role. */
    boolean beats(RateRule other) {
        if (scopeSpecificity() != other.scopeSpecificity()) {
            return scopeSpecificity() > other.scopeSpecificity();
        }
        if (excluded != other.excluded) {
            return excluded;
        }
        return role != null && other.role == null;
    }

    /**
     * The scope as {@link Note}s, recorded on each ledger entry: the role (or every role) and what narrows the rule.
     * Kept within {@link #SCOPE_LENGTH}: the narrowest parts are dropped first should a rule name long codes.
     */
    public String describeScope() {
        List<Note> scope = new ArrayList<Note>();
        CommissionRole named = CommissionRole.getInstance(role);
        Object who = named != null ? Note.label(named.getFriendlyType()) : role;
        if (role == null) {
            scope.add(excluded ? Note.of("rule.excludedEveryRole") : Note.of("rule.rateEveryRole"));
        } else {
            scope.add(excluded ? Note.of("rule.excluded", who) : Note.of("rule.rate", who));
        }
        if (channelCode != null) {
            scope.add(Note.of("rule.channel", channelCode));
        }
        if (categoryId != null) {
            scope.add(Note.of("rule.category", categoryId));
        }
        if (productId != null) {
            scope.add(Note.of("rule.product", productId));
        }
        if (guideTier != null) {
            GuideTier tier = GuideTier.getInstance(guideTier);
            scope.add(Note.of("rule.tier", tier != null ? Note.label(tier.getFriendlyType()) : guideTier));
        }
        String text = Note.join(scope);
        while (text.length() > SCOPE_LENGTH && scope.size() > 1) {
            scope.remove(scope.size() - 1);
            text = Note.join(scope);
        }
        return text;
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
