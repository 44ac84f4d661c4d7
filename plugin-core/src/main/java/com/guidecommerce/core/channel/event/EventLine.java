package com.guidecommerce.core.channel.event;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a channel event: for an order, what was bought and paid (after discounts, before shipping); for a refund,
 * how much of that line's money went back.
 */
public final class EventLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String lineNo;
    private final String sku;
    private final Long productId;
    private final Long categoryId;
    private final String name;
    private final int quantity;
    private final BigDecimal amount;

    public EventLine(String lineNo, String sku, Long productId, Long categoryId, String name, int quantity,
                     BigDecimal amount) {
        this.lineNo = ChannelKeys.canonical(lineNo);
        this.sku = sku;
        this.productId = productId;
        this.categoryId = categoryId;
        this.name = name;
        this.quantity = quantity;
        this.amount = amount;
    }

    /** A refund line: which order line, and how much of it. */
    public static EventLine refund(String lineNo, BigDecimal amount) {
        return new EventLine(lineNo, null, null, null, null, 0, amount);
    }

    public String getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    /** Paid amount of an order line, or refunded amount of a refund line. */
    public BigDecimal getAmount() {
        return amount;
    }
}
