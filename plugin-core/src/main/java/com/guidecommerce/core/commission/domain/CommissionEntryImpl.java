package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.ChannelOrderImpl;
import com.guidecommerce.core.channel.domain.ChannelOrderLine;
import com.guidecommerce.core.channel.domain.ChannelOrderLineImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Index;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_COMMISSION_ENTRY")
@org.hibernate.annotations.Table(appliesTo = "GC_COMMISSION_ENTRY", indexes = {
        @Index(name = "IX_GC_COMMISSION_ENTRY_BENEF", columnNames = {"BENEFICIARY_TYPE", "BENEFICIARY_ID", "STATE"}),
        @Index(name = "IX_GC_COMMISSION_ENTRY_STATE", columnNames = {"STATE", "FROZEN_UNTIL"})
})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcCommissionEntry")
public class CommissionEntryImpl implements CommissionEntry {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ENTRY_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcCommissionEntry_createdAt", order = 1000, prominent = true, gridOrder = 1000,
            columnWidth = "130px", readOnly = true)
    protected Date createdAt;

    @Column(name = "KIND", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcCommissionEntry_kind", order = 2000, prominent = true, gridOrder = 2000, columnWidth = "75px", readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.EntryKindType")
    protected String kind;

    @Column(name = "ROLE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcCommissionEntry_role", order = 3000, prominent = true, gridOrder = 3000, columnWidth = "85px", readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.EntryRoleType")
    protected String role;

    @Column(name = "BENEFICIARY_TYPE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcCommissionEntry_beneficiaryType", order = 4000, readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.BeneficiaryKindType")
    protected String beneficiaryType;

    @Column(name = "BENEFICIARY_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcCommissionEntry_beneficiaryId", order = 5000, readOnly = true)
    protected Long beneficiaryId;

    @Column(name = "BENEFICIARY_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcCommissionEntry_beneficiaryCode", order = 6000, prominent = true, gridOrder = 4000,
            columnWidth = "95px", readOnly = true)
    protected String beneficiaryCode;

    @Column(name = "BENEFICIARY_NAME", length = 100)
    @AdminPresentation(friendlyName = "GcCommissionEntry_beneficiaryName", order = 7000, prominent = true, gridOrder = 5000, readOnly = true)
    protected String beneficiaryName;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcCommissionEntry_channelCode", order = 8000, prominent = true, gridOrder = 6000, columnWidth = "75px", readOnly = true)
    protected String channelCode;

    @ManyToOne(targetEntity = ChannelOrderImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "CHANNEL_ORDER_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_order", order = 9000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "orderNo")
    protected ChannelOrder order;

    @ManyToOne(targetEntity = ChannelOrderLineImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "ORDER_LINE_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_orderLine", order = 10000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "sku")
    protected ChannelOrderLine orderLine;

    /** The order's number, for the ledger's grid and its search box (which also finds beneficiaries). */
    @Formula("(SELECT o.ORDER_NO FROM GC_CHANNEL_ORDER o WHERE o.CHANNEL_ORDER_ID = CHANNEL_ORDER_ID)")
    @AdminPresentation(friendlyName = "GcCommissionEntry_orderNo", order = 9500, prominent = true, gridOrder = 500,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN, columnWidth = "150px")
    protected String orderNo;

    @Column(name = "BASE_AMOUNT", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcCommissionEntry_baseAmount", order = 11000, readOnly = true,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "currency")
    protected BigDecimal baseAmount;

    @Column(name = "RATE_PERCENT", nullable = false, precision = 19, scale = 4)
    @AdminPresentation(friendlyName = "GcCommissionEntry_ratePercent", order = 12000, prominent = true, gridOrder = 7000, columnWidth = "70px", readOnly = true)
    protected BigDecimal ratePercent;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcCommissionEntry_amount", order = 13000, prominent = true, gridOrder = 8000,
            columnWidth = "90px", readOnly = true,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "currency")
    protected BigDecimal amount;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    @AdminPresentation(friendlyName = "GcCommissionEntry_currency", order = 14000, readOnly = true)
    protected String currency;

    @Column(name = "STATE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcCommissionEntry_state", order = 15000, prominent = true, gridOrder = 9000, columnWidth = "85px", readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.commission.domain.EntryStateType")
    protected String state;

    @Column(name = "FROZEN_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcCommissionEntry_frozenUntil", order = 16000, readOnly = true)
    protected Date frozenUntil;

    @Column(name = "ELIGIBLE_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcCommissionEntry_eligibleAt", order = 17000, readOnly = true)
    protected Date eligibleAt;

    @Column(name = "STATEMENT_ID")
    @Index(name = "IX_GC_COMMISSION_ENTRY_STMT", columnNames = {"STATEMENT_ID"})
    @AdminPresentation(friendlyName = "GcCommissionEntry_statementId", order = 18000, readOnly = true)
    protected Long statementId;

    @Column(name = "REVERSES_ENTRY_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_reversesEntryId", order = 19000, readOnly = true)
    protected Long reversesEntryId;

    @Column(name = "EVENT_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_eventId", order = 20000, readOnly = true)
    protected Long eventId;

    @Column(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_customerId", order = 21000, readOnly = true)
    protected Long customerId;

    @Column(name = "BINDING_RECORD_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_bindingRecordId", order = 22000, readOnly = true)
    protected Long bindingRecordId;

    @Column(name = "PLAN_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_planId", order = 23000, readOnly = true)
    protected Long planId;

    @Column(name = "PLAN_VERSION")
    @AdminPresentation(friendlyName = "GcCommissionEntry_planVersion", order = 24000, readOnly = true)
    protected Integer planVersion;

    @Column(name = "RULE_ID")
    @AdminPresentation(friendlyName = "GcCommissionEntry_ruleId", order = 25000, readOnly = true)
    protected Long ruleId;

    @Column(name = "RULE_SCOPE", length = 128)
    @AdminPresentation(friendlyName = "GcCommissionEntry_ruleScope", order = 26000, readOnly = true)
    protected String ruleScope;

    @Column(name = "STATE_CHANGED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcCommissionEntry_stateChangedAt", order = 27000, readOnly = true)
    protected Date stateChangedAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public String getKind() {
        return kind;
    }

    @Override
    public String getRole() {
        return role;
    }

    @Override
    public String getBeneficiaryType() {
        return beneficiaryType;
    }

    @Override
    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    @Override
    public String getBeneficiaryCode() {
        return beneficiaryCode;
    }

    @Override
    public String getBeneficiaryName() {
        return beneficiaryName;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public ChannelOrder getOrder() {
        return order;
    }

    @Override
    public ChannelOrderLine getOrderLine() {
        return orderLine;
    }

    @Override
    public BigDecimal getBaseAmount() {
        return baseAmount;
    }

    @Override
    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    @Override
    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public String getCurrency() {
        return currency;
    }

    @Override
    public String getState() {
        return state;
    }

    @Override
    public Date getFrozenUntil() {
        return frozenUntil;
    }

    @Override
    public Date getEligibleAt() {
        return eligibleAt;
    }

    @Override
    public Long getStatementId() {
        return statementId;
    }

    @Override
    public Long getReversesEntryId() {
        return reversesEntryId;
    }

    @Override
    public Long getEventId() {
        return eventId;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public Long getBindingRecordId() {
        return bindingRecordId;
    }

    @Override
    public Long getPlanId() {
        return planId;
    }

    @Override
    public Integer getPlanVersion() {
        return planVersion;
    }

    @Override
    public Long getRuleId() {
        return ruleId;
    }

    @Override
    public String getRuleScope() {
        return ruleScope;
    }

    @Override
    public Date getStateChangedAt() {
        return stateChangedAt;
    }
}
