package com.guidecommerce.core.packagecard.dao;

import com.guidecommerce.core.packagecard.domain.FunnelStage;

import java.util.Date;

/** A funnel step to record once: the subject makes it unique within the campaign and stage. */
public final class FunnelEvent {

    private final Long campaignId;
    private final FunnelStage stage;
    private final String subject;
    private final Long customerId;
    private final String channelCode;
    private final Long channelOrderId;
    private final String storeCode;
    private final Date at;

    public FunnelEvent(Long campaignId, FunnelStage stage, String subject, Long customerId, String channelCode,
                       Long channelOrderId, String storeCode, Date at) {
        this.campaignId = campaignId;
        this.stage = stage;
        this.subject = subject;
        this.customerId = customerId;
        this.channelCode = channelCode;
        this.channelOrderId = channelOrderId;
        this.storeCode = storeCode;
        this.at = at;
    }

    String key() {
        return campaignId + ":" + stage.name() + ":" + subject;
    }

    Object[] row() {
        return new Object[] {key(), campaignId, stage.name(), customerId, channelCode, channelOrderId, storeCode,
                new java.sql.Timestamp(at.getTime())};
    }
}
