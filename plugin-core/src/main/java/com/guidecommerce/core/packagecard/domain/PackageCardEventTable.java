package com.guidecommerce.core.packagecard.domain;

import org.hibernate.annotations.Index;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One step of a campaign's funnel ({@link FunnelStage}), counted once: the primary key is campaign, stage and the
 * thing counted (the order for ISSUED and LINK, the visitor for SCAN, the member for the others), so a reload, a
 * second claim or a delivery sent twice never counts again. Mapped only so that the schema tool creates
 * GC_PACKAGE_CARD_EVENT; {@link com.guidecommerce.core.packagecard.dao.PackageCardStore} writes it.
 */
@Entity
@Table(name = "GC_PACKAGE_CARD_EVENT")
@org.hibernate.annotations.Table(appliesTo = "GC_PACKAGE_CARD_EVENT", indexes = {
        @Index(name = "IX_GC_PC_EVENT_CAMPAIGN", columnNames = {"CAMPAIGN_ID", "OCCURRED_AT"})
})
public class PackageCardEventTable {

    /** campaign:stage:subject. */
    @Id
    @Column(name = "EVENT_KEY", length = 160)
    protected String key;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "STAGE", nullable = false, length = 20)
    protected String stage;

    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    protected String channelCode;

    @Column(name = "CHANNEL_ORDER_ID")
    protected Long channelOrderId;

    @Column(name = "STORE_CODE", length = 32)
    protected String storeCode;

    @Column(name = "OCCURRED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date occurredAt;
}
