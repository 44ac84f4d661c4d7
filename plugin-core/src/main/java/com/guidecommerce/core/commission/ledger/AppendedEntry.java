package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.commission.domain.EntryKind;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A ledger entry as the ledger appended it, for those who keep figures of it: who it credits (beneficiary type and id,
 * role), what kind it is, how much (a reversal's amount is negative, as stored), the order's channel, and when it was
 * appended. Immutable.
 */
public final class AppendedEntry {

    private final Long entryId;
    private final EntryKind kind;
    private final String role;
    private final String beneficiaryType;
    private final Long beneficiaryId;
    private final String channelCode;
    private final Long orderId;
    private final BigDecimal amount;
    private final Date createdAt;

    public AppendedEntry(Long entryId, EntryKind kind, String role, String beneficiaryType, Long beneficiaryId,
                         String channelCode, Long orderId, BigDecimal amount, Date createdAt) {
        this.entryId = entryId;
        this.kind = kind;
        this.role = role;
        this.beneficiaryType = beneficiaryType;
        this.beneficiaryId = beneficiaryId;
        this.channelCode = channelCode;
        this.orderId = orderId;
        this.amount = amount;
        this.createdAt = createdAt;
    }

    public Long getEntryId() {
        return entryId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getRole() {
        return role;
    }

    /** GUIDE, FRANCHISEE, … as in GC_COMMISSION_ENTRY. */
    public String getBeneficiaryType() {
        return beneficiaryType;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public Long getOrderId() {
        return orderId;
    }

    /** Positive for a commission, negative for a reversal. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** When the ledger appended it (the batch's time). */
    public Date getCreatedAt() {
        return createdAt;
    }
}
