package com.guidecommerce.core.organisation.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_FRANCHISEE", uniqueConstraints = @UniqueConstraint(name = "UK_GC_FRANCHISEE_CODE", columnNames = "CODE"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcFranchisee")
public class FranchiseeImpl implements Franchisee {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcFranchiseeId")
    @GenericGenerator(name = "GcFranchiseeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcFranchiseeImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.organisation.domain.FranchiseeImpl")
            })
    @Column(name = "FRANCHISEE_ID")
    @AdminPresentation(friendlyName = "GcFranchisee_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcFranchisee_code", order = 1000, prominent = true, gridOrder = 1000,
            group = "GcFranchisee_group_general", groupOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = "[A-Z0-9_-]{2,32}"),
                            @ConfigurationItem(itemName = "errorMessage", itemValue = "gcCodeFormat")
                    }))
    protected String code;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcFranchisee_name", order = 2000, prominent = true, gridOrder = 2000,
            group = "GcFranchisee_group_general", requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "CONTACT_NAME", length = 64)
    @AdminPresentation(friendlyName = "GcFranchisee_contactName", order = 3000, group = "GcFranchisee_group_general")
    protected String contactName;

    @Column(name = "CONTACT_PHONE", length = 32)
    @AdminPresentation(friendlyName = "GcFranchisee_contactPhone", order = 4000, prominent = true, gridOrder = 3000,
            group = "GcFranchisee_group_general")
    protected String contactPhone;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "GcFranchisee_active", order = 5000, prominent = true, gridOrder = 4000,
            group = "GcFranchisee_group_general")
    protected Boolean active = Boolean.TRUE;

    @Column(name = "SETTLE_ACCOUNT_NAME", length = 100)
    @AdminPresentation(friendlyName = "GcFranchisee_settlementAccountName", order = 1000,
            group = "GcFranchisee_group_settlement", groupOrder = 2000)
    protected String settlementAccountName;

    @Column(name = "SETTLE_BANK", length = 100)
    @AdminPresentation(friendlyName = "GcFranchisee_settlementBank", order = 2000, group = "GcFranchisee_group_settlement")
    protected String settlementBank;

    @Column(name = "SETTLE_ACCOUNT_NO", length = 64)
    @AdminPresentation(friendlyName = "GcFranchisee_settlementAccountNo", order = 3000, group = "GcFranchisee_group_settlement")
    protected String settlementAccountNo;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public void setCode(String code) {
        this.code = code;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getContactName() {
        return contactName;
    }

    @Override
    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    @Override
    public String getContactPhone() {
        return contactPhone;
    }

    @Override
    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    @Override
    public String getSettlementAccountName() {
        return settlementAccountName;
    }

    @Override
    public void setSettlementAccountName(String settlementAccountName) {
        this.settlementAccountName = settlementAccountName;
    }

    @Override
    public String getSettlementBank() {
        return settlementBank;
    }

    @Override
    public void setSettlementBank(String settlementBank) {
        this.settlementBank = settlementBank;
    }

    @Override
    public String getSettlementAccountNo() {
        return settlementAccountNo;
    }

    @Override
    public void setSettlementAccountNo(String settlementAccountNo) {
        this.settlementAccountNo = settlementAccountNo;
    }

    @Override
    public boolean isActive() {
        return active == null || active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }
}
