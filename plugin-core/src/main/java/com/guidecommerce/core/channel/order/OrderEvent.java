package com.guidecommerce.core.channel.order;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Something that happened to a channel order, exactly once however often the channel delivered it: the order was
 * paid (it is new), completed, refunded (in part), or its buyer was identified later (by HQ, or by an identity learnt
 * meanwhile). Each carries the order as it stood right after.
 */
public final class OrderEvent {

    public enum Type {
        /** A new order: its lines as paid; matched to a member or not. */
        PAID,
        /**
         * Delivered and accepted: the channel's return window runs from now. Lines are included only for channels
         * whose commission starts at completion.
         */
        COMPLETED,
        /** Money went back on some lines: {@link #getRefunds()}. */
        REFUNDED,
        /** An order that waited unmatched now has its member; lines as they stand (refunds included). */
        IDENTIFIED
    }

    /** What one refund took back from one line. */
    public static final class Refund {

        private final Long lineId;
        private final BigDecimal amount;
        private final BigDecimal refundedBefore;

        public Refund(Long lineId, BigDecimal amount, BigDecimal refundedBefore) {
            this.lineId = lineId;
            this.amount = amount;
            this.refundedBefore = refundedBefore;
        }

        public Long getLineId() {
            return lineId;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        /** What had been refunded on the line before this refund. */
        public BigDecimal getRefundedBefore() {
            return refundedBefore;
        }
    }

    private final Type type;
    private final OrderView order;
    private final Long eventId;
    private final List<Refund> refunds;
    private final Date refundedAt;
    private final Date creditFrom;

    private OrderEvent(Type type, OrderView order, Long eventId, List<Refund> refunds, Date refundedAt,
                       Date creditFrom) {
        this.type = type;
        this.order = order;
        this.eventId = eventId;
        this.refunds = refunds;
        this.refundedAt = refundedAt;
        this.creditFrom = creditFrom;
    }

    private OrderEvent(Type type, OrderView order, Long eventId, List<Refund> refunds, Date refundedAt) {
        this(type, order, eventId, refunds, refundedAt, null);
    }

    public static OrderEvent paid(OrderView order, Long eventId) {
        return new OrderEvent(Type.PAID, order, eventId, Collections.<Refund>emptyList(), null);
    }

    public static OrderEvent completed(OrderView order, Long eventId) {
        return new OrderEvent(Type.COMPLETED, order, eventId, Collections.<Refund>emptyList(), null);
    }

    /** @param refundedAt when the channel says the refund happened */
    public static OrderEvent refunded(OrderView order, Long eventId, List<Refund> refunds, Date refundedAt) {
        return new OrderEvent(Type.REFUNDED, order, eventId, Collections.unmodifiableList(refunds), refundedAt);
    }

    public static OrderEvent identified(OrderView order) {
        return new OrderEvent(Type.IDENTIFIED, order, null, Collections.<Refund>emptyList(), null);
    }

    /**
     * An identification that also credits the guide the member has at {@code creditFrom} with the order when the
     * member had none when it was paid: the buyer became the member through a package card in that order's parcel,
     * which bound them to the store's guide just before.
     */
    public static OrderEvent identified(OrderView order, Date creditFrom) {
        return new OrderEvent(Type.IDENTIFIED, order, null, Collections.<Refund>emptyList(), null, creditFrom);
    }

    /**
     * For an identification: the moment whose guide earns the order when the member had no guide when it was paid;
     * {@code null} when only the guide at payment may (HQ's identifications, identities learnt from deliveries).
     */
    public Date getCreditFrom() {
        return creditFrom;
    }

    public Type getType() {
        return type;
    }

    public OrderView getOrder() {
        return order;
    }

    /** The stored delivery (GC_CHANNEL_EVENT) that caused it; {@code null} for an identification by HQ. */
    public Long getEventId() {
        return eventId;
    }

    public List<Refund> getRefunds() {
        return refunds;
    }

    /** When the refund happened, as the channel reported it; {@code null} for other events. */
    public Date getRefundedAt() {
        return refundedAt;
    }
}
