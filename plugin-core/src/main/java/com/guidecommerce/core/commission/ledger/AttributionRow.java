package com.guidecommerce.core.commission.ledger;

import java.util.Date;

/**
 * A GC_ORDER_ATTRIBUTION row: whom an identified order credits — the member's bound guide as of the paid time (and the
 * binding record that made it so), that guide's store's franchisee, the sharer (a guide or a distributor) and a
 * distributor's recruiting guide — and notes on whoever is missing.
 * Written once, when the order is first attributed.
 */
final class AttributionRow {

    Long orderId;
    String channelCode;
    Long customerId;
    Long boundGuideId;
    Long bindingRecordId;
    Long sharerGuideId;
    Long sharerDistributorId;
    Long parentGuideId;
    Long franchiseeId;
    String note;
    Date attributedAt;
    boolean isNew;
}
