package com.guidecommerce.core.membertag.domain;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A member's all-channel facts for the tag rules: GC_MEMBER_TAG_FACTS, one row per member, written with plain SQL by
 * {@link com.guidecommerce.core.membertag.dao.MemberTagStore}. The order figures are the sums of the member's rows in
 * GC_MEMBER_TAG_ORDER. The row is also the member's lock for tagging: whoever changes their facts or tags holds it.
 */
@Entity
@Table(name = "GC_MEMBER_TAG_FACTS")
public class MemberTagFactsTable {

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "REGISTERED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date registeredAt;

    @Column(name = "FIRST_BOUND_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date firstBoundAt;

    @Column(name = "FIRST_PAID_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date firstPaidAt;

    @Column(name = "LAST_PAID_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lastPaidAt;

    @Column(name = "PAID_ORDERS", nullable = false)
    protected int paidOrders;

    @Column(name = "PAID_AMOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal paidAmount;

    @Column(name = "REFUNDED_AMOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal refundedAmount;

    @Column(name = "CHANNELS", length = 255)
    protected String channels;

    @Column(name = "MEMBER_DAY_ORDERS", nullable = false)
    protected int memberDayOrders;

    @Column(name = "UPDATED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;
}
