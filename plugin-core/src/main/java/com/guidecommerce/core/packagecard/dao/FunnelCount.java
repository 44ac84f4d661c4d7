package com.guidecommerce.core.packagecard.dao;

/** How many steps of one stage a channel and store had. */
public final class FunnelCount {

    private final String stage;
    private final String channelCode;
    private final String storeCode;
    private final long count;

    public FunnelCount(String stage, String channelCode, String storeCode, long count) {
        this.stage = stage;
        this.channelCode = channelCode;
        this.storeCode = storeCode;
        this.count = count;
    }

    public String getStage() {
        return stage;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public long getCount() {
        return count;
    }
}
