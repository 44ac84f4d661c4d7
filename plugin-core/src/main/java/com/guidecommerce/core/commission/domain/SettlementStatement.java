package com.guidecommerce.core.commission.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * What one beneficiary (guide, distributor or franchisee) is owed for a period: the settleable ledger entries it
 * gathered, positive and negative, and where it stands (generated, confirmed, paid).
 */
public interface SettlementStatement extends Serializable {

    Long getId();

    void setId(Long id);

    Date getGeneratedAt();

    void setGeneratedAt(Date generatedAt);

    String getStatementNo();

    void setStatementNo(String statementNo);

    String getBeneficiaryType();

    void setBeneficiaryType(String beneficiaryType);

    Long getBeneficiaryId();

    void setBeneficiaryId(Long beneficiaryId);

    String getBeneficiaryCode();

    void setBeneficiaryCode(String beneficiaryCode);

    String getBeneficiaryName();

    void setBeneficiaryName(String beneficiaryName);

    Date getPeriodStart();

    void setPeriodStart(Date periodStart);

    Date getPeriodEnd();

    void setPeriodEnd(Date periodEnd);

    String getCurrency();

    void setCurrency(String currency);

    BigDecimal getCommissionTotal();

    void setCommissionTotal(BigDecimal commissionTotal);

    BigDecimal getReversalTotal();

    void setReversalTotal(BigDecimal reversalTotal);

    BigDecimal getTotal();

    void setTotal(BigDecimal total);

    Integer getEntryCount();

    void setEntryCount(Integer entryCount);

    String getStatus();

    void setStatus(String status);

    String getGeneratedBy();

    void setGeneratedBy(String generatedBy);

    Date getConfirmedAt();

    void setConfirmedAt(Date confirmedAt);

    String getConfirmedBy();

    void setConfirmedBy(String confirmedBy);

    Date getPaidAt();

    void setPaidAt(Date paidAt);

    String getPaidBy();

    void setPaidBy(String paidBy);

    String getPaymentReference();

    void setPaymentReference(String paymentReference);
}
