package com.guidecommerce.core.board.domain;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.math.BigDecimal;
import java.util.Date;

/**
 * The columns every figure table has beside its key: where the row's store lies (region, franchisee) and one column per
 * {@link com.guidecommerce.core.board.rule.Measure}. Mapped only so that the schema tool creates the tables; the board
 * writes and reads them with JDBC.
 */
@MappedSuperclass
public abstract class FigureColumns {

    @Column(name = "REGION_ID")
    protected Long regionId;

    @Column(name = "FRANCHISEE_ID")
    protected Long franchiseeId;

    /** Paid line amounts of orders paid that day. */
    @Column(name = "SALES", nullable = false, precision = 19, scale = 2)
    protected BigDecimal sales;

    /** Refunded that day. */
    @Column(name = "REFUNDS", nullable = false, precision = 19, scale = 2)
    protected BigDecimal refunds;

    /** Orders paid that day. */
    @Column(name = "ORDERS", nullable = false)
    protected Integer orders;

    /** Refunds that day: each refund of an order counts once. */
    @Column(name = "REFUNDED_ORDERS", nullable = false)
    protected Integer refundedOrders;

    /** Members bound to the guide for the first time in their life that day. */
    @Column(name = "NEW_MEMBERS", nullable = false)
    protected Integer newMembers;

    /** Bindings to the guide that day (bound, bound again, transferred), any source. */
    @Column(name = "BINDINGS", nullable = false)
    protected Integer bindings;

    /** Commission entries credited that day. */
    @Column(name = "COMMISSION", nullable = false, precision = 19, scale = 2)
    protected BigDecimal commission;

    /** Commission reversed that day, as a positive amount. */
    @Column(name = "COMMISSION_REVERSED", nullable = false, precision = 19, scale = 2)
    protected BigDecimal commissionReversed;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;
}
