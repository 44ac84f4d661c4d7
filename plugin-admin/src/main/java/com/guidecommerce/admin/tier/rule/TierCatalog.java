package com.guidecommerce.admin.tier.rule;

/** What the tier rules need to know of the tiers already defined. */
public interface TierCatalog {

    /** Whether another tier than {@code tierId} (null for a new one) uses the code, in either ladder. */
    boolean isCodeTaken(String code, Long tierId);

    /** Whether another tier of the same ladder has the rank. */
    boolean isRankTaken(String subject, int rank, Long tierId);
}
