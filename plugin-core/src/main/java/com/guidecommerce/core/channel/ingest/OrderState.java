package com.guidecommerce.core.channel.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel order as the pipeline works on it within one batch: loaded from (or about to be inserted into)
 * GC_CHANNEL_ORDER, with its lines and ledger entries. Flags say what must be written back.
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
    Date attributedAt;
    Date createdAt;
    BigDecimal paidAmount = BigDecimal.ZERO;
    BigDecimal refundedAmount = BigDecimal.ZERO;
    String matchStatus;
    String matchedBy;
    Long customerId;
    Long boundGuideId;
    Long bindingRecordId;
    Long sharerGuideId;
    Long parentGuideId;
    Long franchiseeId;
    String attributionNote;
    /** When the return window after completion ends (the commission is frozen until then). */
    Date frozenUntil;
    /** The order completed in this batch: its stored pending entries are to be frozen. */
    boolean completedInBatch;

    /** Whether {@link #lines} and {@link #entries} were read (or the order is new); a completion needs neither. */
    boolean detailLoaded = true;

    final Map<String, LineState> lines = new LinkedHashMap<String, LineState>();
    final List<LedgerRow> entries = new ArrayList<LedgerRow>();

    boolean isMatched() {
        return customerId != null;
    }

    boolean hasCommissions() {
        if (!detailLoaded) {
            throw new IllegalStateException("Order " + orderNo + " was read without its ledger entries");
        }
        for (LedgerRow entry : entries) {
            if (entry.isCommission()) {
                return true;
            }
        }
        return false;
    }
}
