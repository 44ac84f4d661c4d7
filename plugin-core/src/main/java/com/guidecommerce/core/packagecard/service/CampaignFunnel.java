package com.guidecommerce.core.packagecard.service;

import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;

/**
 * One campaign's funnel between two moments: the whole, and the same figures per channel and store (a step is
 * counted where its card belongs: the order's store, else the campaign's).
 */
public final class CampaignFunnel {

    private final Long campaignId;
    private final Date from;
    private final Date to;
    private final FunnelFigures total = new FunnelFigures();
    private final Map<String, FunnelFigures> byChannelAndStore = new TreeMap<String, FunnelFigures>();

    CampaignFunnel(Long campaignId, Date from, Date to) {
        this.campaignId = campaignId;
        this.from = from;
        this.to = to;
    }

    /** The key of a channel and store in {@link #getByChannelAndStore()}: {@code TMALL/S001} ({@code -} for none). */
    public static String key(String channelCode, String storeCode) {
        return channelCode + "/" + (storeCode == null ? "-" : storeCode);
    }

    FunnelFigures part(String channelCode, String storeCode) {
        String key = key(channelCode, storeCode);
        FunnelFigures figures = byChannelAndStore.get(key);
        if (figures == null) {
            figures = new FunnelFigures();
            byChannelAndStore.put(key, figures);
        }
        return figures;
    }

    FunnelFigures total() {
        return total;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Date getFrom() {
        return from;
    }

    public Date getTo() {
        return to;
    }

    public FunnelFigures getTotal() {
        return total;
    }

    /** Figures by {@link #key channel and store}, in key order. */
    public Map<String, FunnelFigures> getByChannelAndStore() {
        return Collections.unmodifiableMap(byChannelAndStore);
    }
}
