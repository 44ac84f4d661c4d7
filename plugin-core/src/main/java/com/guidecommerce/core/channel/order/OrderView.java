package com.guidecommerce.core.channel.order;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A channel order as it stood right after one of its events: who bought (when identified), when it was paid and
 * completed, the share that led to it, and its lines with what was refunded by then. Immutable.
 */
public final class OrderView {

    private final Long id;
    private final String channelCode;
    private final String orderNo;
    private final String currency;
    private final Long customerId;
    private final String storeCode;
    private final String shareCode;
    private final Date sharedAt;
    private final Date paidAt;
    private final Date completedAt;
    private final Date returnWindowEndsAt;
    private final List<LineView> lines;
    private final boolean linesRead;

    /** @param lines the order's lines, or {@code null} when they were not read */
    public OrderView(Long id, String channelCode, String orderNo, String currency, Long customerId, String storeCode,
                     String shareCode, Date sharedAt, Date paidAt, Date completedAt, Date returnWindowEndsAt,
                     List<LineView> lines) {
        this.id = id;
        this.channelCode = channelCode;
        this.orderNo = orderNo;
        this.currency = currency;
        this.customerId = customerId;
        this.storeCode = storeCode;
        this.shareCode = shareCode;
        this.sharedAt = sharedAt;
        this.paidAt = paidAt;
        this.completedAt = completedAt;
        this.returnWindowEndsAt = returnWindowEndsAt;
        this.linesRead = lines != null;
        this.lines = lines == null ? Collections.<LineView>emptyList() : Collections.unmodifiableList(lines);
    }

    public Long getId() {
        return id;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public String getCurrency() {
        return currency;
    }

    /** The member (Broadleaf customer id), {@code null} while the buyer is not identified. */
    public Long getCustomerId() {
        return customerId;
    }

    public boolean isMatched() {
        return customerId != null;
    }

    public String getStoreCode() {
        return storeCode;
    }

    /** The signed share code the channel reported, as sent (verifying it is the reader's business). */
    public String getShareCode() {
        return shareCode;
    }

    public Date getSharedAt() {
        return sharedAt;
    }

    public Date getPaidAt() {
        return paidAt;
    }

    /** {@code null} until the order completed. */
    public Date getCompletedAt() {
        return completedAt;
    }

    /** When the channel's return window after completion ends; {@code null} until the order completed. */
    public Date getReturnWindowEndsAt() {
        return returnWindowEndsAt;
    }

    /**
     * Lines in the order the channel sent them. A completion is reported without them (it changes none):
     * {@link #hasLines()} is then false and {@link OrderFacts#readOrders} reads them when a listener needs them.
     */
    public List<LineView> getLines() {
        return lines;
    }

    public boolean hasLines() {
        return linesRead;
    }

    public LineView line(Long lineId) {
        for (LineView line : lines) {
            if (line.getId().equals(lineId)) {
                return line;
            }
        }
        return null;
    }
}
