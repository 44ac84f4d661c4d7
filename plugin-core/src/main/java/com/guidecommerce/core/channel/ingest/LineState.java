package com.guidecommerce.core.channel.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One line of an {@link OrderState}: its paid base, what has been refunded, and the commissions it earned. */
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

    /** The line's COMMISSION entries (not reversals): what a refund reverses part of. */
    final List<LedgerRow> commissions = new ArrayList<LedgerRow>();
}
