package com.guidecommerce.admin.organisation.rule;

/** Answers whether a store code is already used by another store. */
public interface StoreCodes {

    /** Whether a store other than {@code storeId} ({@code null} for a new store) uses {@code code}. */
    boolean isTaken(String code, Long storeId);
}
