package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryState;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A GC_COMMISSION_ENTRY row in the pipeline: appended once; afterwards only its state moves forward, through
 * set-based statements (freezing, release, settlement), never by rewriting the row.
 */
final class LedgerRow {

    Long id;
    boolean isNew;

    EntryKind kind;
    String role;
    String beneficiaryType;
    Long beneficiaryId;
    String beneficiaryCode;
    String beneficiaryName;
    String channelCode;
    Long orderId;
    Long lineId;
    BigDecimal baseAmount;
    BigDecimal ratePercent;
    BigDecimal amount;
    String currency;
    EntryState state;
    Date frozenUntil;
    Date eligibleAt;
    Long statementId;
    Long reversesEntryId;
    Long eventId;
    Long customerId;
    Long bindingRecordId;
    Long planId;
    Integer planVersion;
    Long ruleId;
    String ruleScope;
    Date createdAt;
    Date stateChangedAt;

    boolean isCommission() {
        return kind == EntryKind.COMMISSION;
    }
}
