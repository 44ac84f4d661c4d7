package com.guidecommerce.core.commission.service;

import java.math.BigDecimal;

/** A bonus to credit in the ledger: to whom (type, id, code, name), how much in which currency, and what for. */
public final class Bonus {

    private final String beneficiaryType;
    private final Long beneficiaryId;
    private final String beneficiaryCode;
    private final String beneficiaryName;
    private final BigDecimal amount;
    private final String currency;
    private final String reference;

    public Bonus(String beneficiaryType, Long beneficiaryId, String beneficiaryCode, String beneficiaryName,
                 BigDecimal amount, String currency, String reference) {
        this.beneficiaryType = beneficiaryType;
        this.beneficiaryId = beneficiaryId;
        this.beneficiaryCode = beneficiaryCode;
        this.beneficiaryName = beneficiaryName;
        this.amount = amount;
        this.currency = currency;
        this.reference = reference;
    }

    public String getBeneficiaryType() {
        return beneficiaryType;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getBeneficiaryCode() {
        return beneficiaryCode;
    }

    public String getBeneficiaryName() {
        return beneficiaryName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReference() {
        return reference;
    }
}
