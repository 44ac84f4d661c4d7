package com.guidecommerce.core.commission.rule;

/** What a plan's rules can be scoped by: the order's channel, and the line's category and product. */
public final class LineScope {

    private final String channelCode;
    private final Long categoryId;
    private final Long productId;

    public LineScope(String channelCode, Long categoryId, Long productId) {
        this.channelCode = channelCode;
        this.categoryId = categoryId;
        this.productId = productId;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public Long getProductId() {
        return productId;
    }
}
