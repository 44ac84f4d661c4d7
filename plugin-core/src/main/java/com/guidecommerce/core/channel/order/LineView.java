package com.guidecommerce.core.channel.order;

import java.math.BigDecimal;

/** One line of an {@link OrderView}: what was bought and paid, and how much of it was refunded by then. */
public final class LineView {

    private final Long id;
    private final String lineNo;
    private final String sku;
    private final String name;
    private final Long productId;
    private final Long categoryId;
    private final int quantity;
    private final BigDecimal paidAmount;
    private final BigDecimal refundedAmount;

    public LineView(Long id, String lineNo, String sku, String name, Long productId, Long categoryId, int quantity,
                    BigDecimal paidAmount, BigDecimal refundedAmount) {
        this.id = id;
        this.lineNo = lineNo;
        this.sku = sku;
        this.name = name;
        this.productId = productId;
        this.categoryId = categoryId;
        this.quantity = quantity;
        this.paidAmount = paidAmount;
        this.refundedAmount = refundedAmount;
    }

    public Long getId() {
        return id;
    }

    public String getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public int getQuantity() {
        return quantity;
    }

    /** Paid for the line after discounts, before shipping. */
    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }
}
