package com.guidecommerce.core.channel.event;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A channel's report about one order, as parsed from its JSON (or CSV rows, or a Broadleaf checkout). Immutable; build
 * one with {@link #builder(EventType, String)}.
 *
 * <p>Its natural key, unique per channel, makes delivery idempotent: {@code ORDER_PAID:<orderNo>},
 * {@code ORDER_COMPLETED:<orderNo>}, {@code REFUND:<orderNo>:<refundNo>}. Order, refund and line numbers and buyer ids
 * are held in their canonical spelling ({@link ChannelKeys}), so keys compare as the database compares them.
 */
public final class ChannelEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EventType type;
    private final String orderNo;
    private final String refundNo;
    private final Date occurredAt;
    private final String currency;
    private final String memberNo;
    private final String phone;
    private final String buyerId;
    private final String storeCode;
    private final String shareCode;
    private final Date sharedAt;
    private final List<EventLine> lines;

    private ChannelEvent(Builder b) {
        this.type = b.type;
        this.orderNo = b.orderNo;
        this.refundNo = b.refundNo;
        this.occurredAt = b.occurredAt;
        this.currency = b.currency;
        this.memberNo = b.memberNo;
        this.phone = b.phone;
        this.buyerId = b.buyerId;
        this.storeCode = b.storeCode;
        this.shareCode = b.shareCode;
        this.sharedAt = b.sharedAt;
        this.lines = Collections.unmodifiableList(new ArrayList<EventLine>(b.lines));
    }

    public static Builder builder(EventType type, String orderNo) {
        return new Builder(type, orderNo);
    }

    /** The idempotency key of this event within its channel. */
    public String key() {
        return type == EventType.REFUND ? type.name() + ":" + orderNo + ":" + refundNo : type.name() + ":" + orderNo;
    }

    public EventType getType() {
        return type;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public String getRefundNo() {
        return refundNo;
    }

    public Date getOccurredAt() {
        return occurredAt;
    }

    public String getCurrency() {
        return currency;
    }

    public String getMemberNo() {
        return memberNo;
    }

    public String getPhone() {
        return phone;
    }

    public String getBuyerId() {
        return buyerId;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public String getShareCode() {
        return shareCode;
    }

    public Date getSharedAt() {
        return sharedAt;
    }

    public List<EventLine> getLines() {
        return lines;
    }

    /** Builds a {@link ChannelEvent}. */
    public static final class Builder {

        private final EventType type;
        private final String orderNo;
        private String refundNo;
        private Date occurredAt;
        private String currency = "CNY";
        private String memberNo;
        private String phone;
        private String buyerId;
        private String storeCode;
        private String shareCode;
        private Date sharedAt;
        private final List<EventLine> lines = new ArrayList<EventLine>();

        private Builder(EventType type, String orderNo) {
            this.type = type;
            this.orderNo = ChannelKeys.canonical(orderNo);
        }

        public Builder refundNo(String value) {
            this.refundNo = ChannelKeys.canonical(value);
            return this;
        }

        public Builder occurredAt(Date value) {
            this.occurredAt = value;
            return this;
        }

        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        public Builder memberNo(String value) {
            this.memberNo = value;
            return this;
        }

        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        public Builder buyerId(String value) {
            this.buyerId = ChannelKeys.canonical(value);
            return this;
        }

        public Builder storeCode(String value) {
            this.storeCode = value;
            return this;
        }

        public Builder share(String code, Date at) {
            this.shareCode = code;
            this.sharedAt = at;
            return this;
        }

        public Builder line(EventLine line) {
            this.lines.add(line);
            return this;
        }

        public ChannelEvent build() {
            return new ChannelEvent(this);
        }
    }
}
