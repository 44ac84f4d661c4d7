package com.guidecommerce.core.commission.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_SETTLEMENT_STATEMENT", uniqueConstraints = @UniqueConstraint(name = "UK_GC_STATEMENT_NO", columnNames = "STATEMENT_NO"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcSettlementStatement")
public class SettlementStatementImpl implements SettlementStatement {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcSettlementStatementId")
    @GenericGenerator(name = "GcSettlementStatementId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcSettlementStatementImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.commission.domain.SettlementStatementImpl")
            })
    @Column(name = "STATEMENT_ID")
    @AdminPresentation(friendlyName = "GcSettlementStatement_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "GENERATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcSettlementStatement_generatedAt", order = 1000, prominent = true, gridOrder = 5000)
    protected Date generatedAt;

    @Column(name = "STATEMENT_NO", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "GcSettlementStatement_statementNo", order = 2000, prominent = true, gridOrder = 1000)
    protected String statementNo;

    @Column(name = "BENEFICIARY_TYPE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcSettlementStatement_beneficiaryType", order = 3000, prominent = true, gridOrder = 4000,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.BeneficiaryKindType")
    protected String beneficiaryType;

    @Column(name = "BENEFICIARY_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcSettlementStatement_beneficiaryId", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long beneficiaryId;

    @Column(name = "BENEFICIARY_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcSettlementStatement_beneficiaryCode", order = 5000, prominent = true, gridOrder = 2000)
    protected String beneficiaryCode;

    @Column(name = "BENEFICIARY_NAME", length = 100)
    @AdminPresentation(friendlyName = "GcSettlementStatement_beneficiaryName", order = 6000, prominent = true, gridOrder = 3000)
    protected String beneficiaryName;

    @Column(name = "PERIOD_START", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcSettlementStatement_periodStart", order = 7000, prominent = true, gridOrder = 6000)
    protected Date periodStart;

    @Column(name = "PERIOD_END", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    // Exclusive (the next period's first moment): the grid shows the period by its first day.
    @AdminPresentation(friendlyName = "GcSettlementStatement_periodEnd", order = 8000)
    protected Date periodEnd;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    @AdminPresentation(friendlyName = "GcSettlementStatement_currency", order = 9000)
    protected String currency;

    @Column(name = "COMMISSION_TOTAL", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcSettlementStatement_commissionTotal", order = 10000,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "currency")
    protected BigDecimal commissionTotal;

    @Column(name = "REVERSAL_TOTAL", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcSettlementStatement_reversalTotal", order = 11000,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "currency")
    protected BigDecimal reversalTotal;

    @Column(name = "TOTAL", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcSettlementStatement_total", order = 12000, prominent = true, gridOrder = 7000,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "currency")
    protected BigDecimal total;

    @Column(name = "ENTRY_COUNT", nullable = false)
    @AdminPresentation(friendlyName = "GcSettlementStatement_entryCount", order = 13000, prominent = true, gridOrder = 8000)
    protected Integer entryCount;

    @Column(name = "STATUS", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcSettlementStatement_status", order = 14000, prominent = true, gridOrder = 9000,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.StatementStatusType")
    protected String status;

    @Column(name = "GENERATED_BY", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcSettlementStatement_generatedBy", order = 15000)
    protected String generatedBy;

    @Column(name = "CONFIRMED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcSettlementStatement_confirmedAt", order = 16000)
    protected Date confirmedAt;

    @Column(name = "CONFIRMED_BY", length = 100)
    @AdminPresentation(friendlyName = "GcSettlementStatement_confirmedBy", order = 17000)
    protected String confirmedBy;

    @Column(name = "PAID_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcSettlementStatement_paidAt", order = 18000)
    protected Date paidAt;

    @Column(name = "PAID_BY", length = 100)
    @AdminPresentation(friendlyName = "GcSettlementStatement_paidBy", order = 19000)
    protected String paidBy;

    @Column(name = "PAYMENT_REFERENCE", length = 100)
    @AdminPresentation(friendlyName = "GcSettlementStatement_paymentReference", order = 20000)
    protected String paymentReference;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Date getGeneratedAt() {
        return generatedAt;
    }

    @Override
    public void setGeneratedAt(Date generatedAt) {
        this.generatedAt = generatedAt;
    }

    @Override
    public String getStatementNo() {
        return statementNo;
    }

    @Override
    public void setStatementNo(String statementNo) {
        this.statementNo = statementNo;
    }

    @Override
    public String getBeneficiaryType() {
        return beneficiaryType;
    }

    @Override
    public void setBeneficiaryType(String beneficiaryType) {
        this.beneficiaryType = beneficiaryType;
    }

    @Override
    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    @Override
    public void setBeneficiaryId(Long beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    @Override
    public String getBeneficiaryCode() {
        return beneficiaryCode;
    }

    @Override
    public void setBeneficiaryCode(String beneficiaryCode) {
        this.beneficiaryCode = beneficiaryCode;
    }

    @Override
    public String getBeneficiaryName() {
        return beneficiaryName;
    }

    @Override
    public void setBeneficiaryName(String beneficiaryName) {
        this.beneficiaryName = beneficiaryName;
    }

    @Override
    public Date getPeriodStart() {
        return periodStart;
    }

    @Override
    public void setPeriodStart(Date periodStart) {
        this.periodStart = periodStart;
    }

    @Override
    public Date getPeriodEnd() {
        return periodEnd;
    }

    @Override
    public void setPeriodEnd(Date periodEnd) {
        this.periodEnd = periodEnd;
    }

    @Override
    public String getCurrency() {
        return currency;
    }

    @Override
    public void setCurrency(String currency) {
        this.currency = currency;
    }

    @Override
    public BigDecimal getCommissionTotal() {
        return commissionTotal;
    }

    @Override
    public void setCommissionTotal(BigDecimal commissionTotal) {
        this.commissionTotal = commissionTotal;
    }

    @Override
    public BigDecimal getReversalTotal() {
        return reversalTotal;
    }

    @Override
    public void setReversalTotal(BigDecimal reversalTotal) {
        this.reversalTotal = reversalTotal;
    }

    @Override
    public BigDecimal getTotal() {
        return total;
    }

    @Override
    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    @Override
    public Integer getEntryCount() {
        return entryCount;
    }

    @Override
    public void setEntryCount(Integer entryCount) {
        this.entryCount = entryCount;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public void setStatus(String status) {
        this.status = status;
    }

    @Override
    public String getGeneratedBy() {
        return generatedBy;
    }

    @Override
    public void setGeneratedBy(String generatedBy) {
        this.generatedBy = generatedBy;
    }

    @Override
    public Date getConfirmedAt() {
        return confirmedAt;
    }

    @Override
    public void setConfirmedAt(Date confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    @Override
    public String getConfirmedBy() {
        return confirmedBy;
    }

    @Override
    public void setConfirmedBy(String confirmedBy) {
        this.confirmedBy = confirmedBy;
    }

    @Override
    public Date getPaidAt() {
        return paidAt;
    }

    @Override
    public void setPaidAt(Date paidAt) {
        this.paidAt = paidAt;
    }

    @Override
    public String getPaidBy() {
        return paidBy;
    }

    @Override
    public void setPaidBy(String paidBy) {
        this.paidBy = paidBy;
    }

    @Override
    public String getPaymentReference() {
        return paymentReference;
    }

    @Override
    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }
}
