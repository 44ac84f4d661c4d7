package com.guidecommerce.core.channel.event;

/** What a channel reports about one of its orders. */
public enum EventType {
    /** The buyer paid; carries the order's lines and paid amounts. */
    ORDER_PAID,
    /** The order was delivered and accepted; the channel's return window starts. */
    ORDER_COMPLETED,
    /** Money went back to the buyer for some lines, in full or in part. */
    REFUND
}
