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
 * A claimed package card. A card naming an order is claimed once, by one member ({@code CLAIM_KEY} =
 * {@code O:channel:orderNo}); a card without an order is claimed once per member ({@code C:campaign:customer}). The
 * primary key is what lets only one of two claims at the same moment win. STATUS is PENDING while the order has not
 * arrived, LINKED once its buyer is the member's, BOUND for a card without order. Mapped only so that the schema tool
 * creates GC_PACKAGE_CARD_CLAIM; {@link com.guidecommerce.core.packagecard.dao.PackageCardStore} writes it.
 */
@Entity
@Table(name = "GC_PACKAGE_CARD_CLAIM")
@org.hibernate.annotations.Table(appliesTo = "GC_PACKAGE_CARD_CLAIM", indexes = {
        @Index(name = "IX_GC_PC_CLAIM_ORDER", columnNames = {"CHANNEL_CODE", "ORDER_NO"}),
        @Index(name = "IX_GC_PC_CLAIM_CUSTOMER", columnNames = {"CUSTOMER_ID"})
})
public class PackageCardClaimTable {

    @Id
    @Column(name = "CLAIM_KEY", length = 120)
    protected String key;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    protected String channelCode;

    /** Canonical channel order number; {@code null} for a card without order. */
    @Column(name = "ORDER_NO", length = 64)
    protected String orderNo;

    @Column(name = "STORE_CODE", length = 32)
    protected String storeCode;

    @Column(name = "STATUS", nullable = false, length = 16)
    protected String status;

    @Column(name = "CLAIMED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date claimedAt;

    @Column(name = "LINKED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date linkedAt;
}
