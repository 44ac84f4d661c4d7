package com.guidecommerce.core.memberday.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** A per-tier preview of one day: the sample cart, the moment it was priced at, and each tier's result. */
public final class PreviewResult {

    private final String storeCode;
    private final LocalDate day;
    private final ZoneId zone;
    private final Date pricedAt;
    private final List<String> productNames;
    private final int quantity;
    private final List<TierPreview> tiers;

    public PreviewResult(String storeCode, LocalDate day, ZoneId zone, Date pricedAt, List<String> productNames,
                         int quantity, List<TierPreview> tiers) {
        this.storeCode = storeCode;
        this.day = day;
        this.zone = zone;
        this.pricedAt = pricedAt;
        this.productNames = Collections.unmodifiableList(new ArrayList<String>(productNames));
        this.quantity = quantity;
        this.tiers = Collections.unmodifiableList(new ArrayList<TierPreview>(tiers));
    }

    /** The store, {@code null} for the own mall. */
    public String getStoreCode() {
        return storeCode;
    }

    public LocalDate getDay() {
        return day;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** Noon of the day in the store's zone: Broadleaf's clock while pricing. */
    public Date getPricedAt() {
        return pricedAt;
    }

    public List<String> getProductNames() {
        return productNames;
    }

    public int getQuantity() {
        return quantity;
    }

    public List<TierPreview> getTiers() {
        return tiers;
    }

    /** The tier's result, or {@code null}. */
    public TierPreview tier(String tierCode) {
        for (TierPreview tier : tiers) {
            if (tier.getTierCode().equals(tierCode)) {
                return tier;
            }
        }
        return null;
    }
}
