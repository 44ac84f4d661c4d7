package com.guidecommerce.core.channel.ingest;

import java.math.BigDecimal;

/** One line of an {@link OrderState}: what was bought, its paid base, and what has been refunded. */
final class LineState {

    Long id;
    boolean isNew;
    boolean dirty;

    String lineNo;
    String sku;
    String name;
    Long productId;
    Long categoryId;
    int quantity;
    BigDecimal paidAmount;
    BigDecimal refundedAmount = BigDecimal.ZERO;
}
