package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel order as the pipeline works on it within one batch: loaded from (or about to be inserted into)
 * GC_CHANNEL_ORDER, with its lines. Flags say what must be written back.
 */
final class OrderState {

    Long id;
    boolean isNew;
    boolean dirty;

    String channelCode;
    String orderNo;
    String currency;
    String memberNo;
    String phoneHash;
    String buyerId;
    String storeCode;
    String shareCode;
    Date sharedAt;
    Date paidAt;
    Date completedAt;
    Date createdAt;
    BigDecimal paidAmount = BigDecimal.ZERO;
    BigDecimal refundedAmount = BigDecimal.ZERO;
    String matchStatus;
    String matchedBy;
    Long customerId;
    /** When the channel's return window after completion ends. */
    Date returnWindowEndsAt;

    /** Whether {@link #lines} were read (or the order is new); a completion needs none. */
    boolean detailLoaded = true;

    final Map<String, LineState> lines = new LinkedHashMap<String, LineState>();

    boolean isMatched() {
        return customerId != null;
    }

    /** The order as it stands now, for the listeners; with its lines when they were read. */
    OrderView view(boolean withLines) {
        List<LineView> views = null;
        if (withLines) {
            if (!detailLoaded) {
                throw new IllegalStateException("Order " + orderNo + " was read without its lines");
            }
            views = new ArrayList<LineView>(lines.size());
            for (LineState line : lines.values()) {
                views.add(new LineView(line.id, line.lineNo, line.sku, line.name, line.productId, line.categoryId,
                        line.quantity, line.paidAmount, line.refundedAmount));
            }
        }
        return new OrderView(id, channelCode, orderNo, currency, customerId, storeCode, shareCode, sharedAt, paidAt,
                completedAt, returnWindowEndsAt, views);
    }
}
