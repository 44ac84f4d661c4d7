package com.guidecommerce.core.membertag.domain;

import org.hibernate.annotations.Index;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One paid channel order of an identified member as the tags count it: GC_MEMBER_TAG_ORDER, keyed by the channel
 * order, so an order is counted once however its facts arrive (paid with a member, or identified later).
 */
@Entity
@Table(name = "GC_MEMBER_TAG_ORDER")
@org.hibernate.annotations.Table(appliesTo = "GC_MEMBER_TAG_ORDER", indexes = {
        @Index(name = "IX_GC_MEMBER_TAG_ORDER_MEMBER", columnNames = {"CUSTOMER_ID", "PAID_AT"})
})
public class MemberTagOrderTable {

    @Id
    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    protected String channelCode;

    @Column(name = "PAID_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date paidAt;

    @Column(name = "PAID_AMOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal paidAmount;

    @Column(name = "REFUNDED_AMOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal refundedAmount;

    @Column(name = "MEMBER_DAY", nullable = false)
    protected boolean memberDay;
}
