package com.guidecommerce.core.organisation.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_GUIDE", uniqueConstraints = {
        @UniqueConstraint(name = "UK_GC_GUIDE_CODE", columnNames = "GUIDE_CODE"),
        @UniqueConstraint(name = "UK_GC_GUIDE_EMPLOYEE_NO", columnNames = "EMPLOYEE_NO"),
        @UniqueConstraint(name = "UK_GC_GUIDE_CUSTOMER", columnNames = "CUSTOMER_ID")
})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcGuide")
public class GuideImpl implements Guide {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcGuideId")
    @GenericGenerator(name = "GcGuideId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcGuideImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.organisation.domain.GuideImpl")
            })
    @Column(name = "GUIDE_ID")
    @AdminPresentation(friendlyName = "GcGuide_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "GUIDE_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcGuide_guideCode", order = 1000, prominent = true, gridOrder = 1000,
            group = "GcGuide_group_general", groupOrder = 1000, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = "[A-Z0-9_-]{2,32}"),
                            @ConfigurationItem(itemName = "errorMessage", itemValue = "gcCodeFormat")
                    }))
    protected String guideCode;

    @Column(name = "EMPLOYEE_NO", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcGuide_employeeNo", order = 2000, prominent = true, gridOrder = 2000,
            group = "GcGuide_group_general", requiredOverride = RequiredOverride.REQUIRED)
    protected String employeeNo;

    @Column(name = "NAME", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "GcGuide_name", order = 3000, prominent = true, gridOrder = 3000,
            group = "GcGuide_group_general", requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "PHONE", length = 32)
    @AdminPresentation(friendlyName = "GcGuide_phone", order = 4000, group = "GcGuide_group_general")
    protected String phone;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection, which finds
    // nothing on an uninitialised lazy proxy.
    @ManyToOne(targetEntity = StoreImpl.class, optional = false)
    @JoinColumn(name = "STORE_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcGuide_store", order = 5000, prominent = true, gridOrder = 4000,
            group = "GcGuide_group_general", requiredOverride = RequiredOverride.REQUIRED)
    @AdminPresentationToOneLookup()
    protected Store store;

    @Column(name = "GUIDE_ROLE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcGuide_role", order = 6000, prominent = true, gridOrder = 5000,
            group = "GcGuide_group_general", requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.organisation.domain.GuideRole")
    protected String role = GuideRole.GUIDE.getType();

    @Column(name = "STATUS", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcGuide_status", order = 7000, prominent = true, gridOrder = 6000,
            group = "GcGuide_group_general", requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.organisation.domain.GuideStatus")
    protected String status = GuideStatus.ACTIVE.getType();

    /**
     * Read-only in the admin form: a tier decides commission rates, so it changes only through the tier evaluation
     * or HQ's override with a reason (OrganisationService.changeGuideTier), both recorded in the tier history.
     */
    @Column(name = "TIER", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcGuide_tier", order = 8000, prominent = true, gridOrder = 7000,
            group = "GcGuide_group_general", readOnly = true, helpText = "GcGuide_tier_help",
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.organisation.domain.GuideTier")
    protected String tier = GuideTier.NORMAL.getType();

    @ManyToOne(targetEntity = CustomerImpl.class)
    @JoinColumn(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "GcGuide_customer", order = 1000, group = "GcGuide_group_account",
            groupOrder = 2000, helpText = "GcGuide_customer_help")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer customer;

    @Column(name = "HIRE_DATE")
    @Temporal(TemporalType.DATE)
    @AdminPresentation(friendlyName = "GcGuide_hireDate", order = 1000, group = "GcGuide_group_employment",
            groupOrder = 3000)
    protected Date hireDate;

    @Column(name = "DEPARTURE_DATE")
    @Temporal(TemporalType.DATE)
    @AdminPresentation(friendlyName = "GcGuide_departureDate", order = 2000, group = "GcGuide_group_employment",
            readOnly = true)
    protected Date departureDate;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getGuideCode() {
        return guideCode;
    }

    @Override
    public void setGuideCode(String guideCode) {
        this.guideCode = guideCode;
    }

    @Override
    public String getEmployeeNo() {
        return employeeNo;
    }

    @Override
    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
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
    public String getPhone() {
        return phone;
    }

    @Override
    public void setPhone(String phone) {
        this.phone = phone;
    }

    @Override
    public Store getStore() {
        return store;
    }

    @Override
    public void setStore(Store store) {
        this.store = store;
    }

    @Override
    public GuideRole getRole() {
        return GuideRole.getInstance(role);
    }

    @Override
    public void setRole(GuideRole role) {
        this.role = role == null ? null : role.getType();
    }

    @Override
    public GuideStatus getStatus() {
        return GuideStatus.getInstance(status);
    }

    @Override
    public void setStatus(GuideStatus status) {
        this.status = status == null ? null : status.getType();
    }

    @Override
    public String getTierCode() {
        return tier;
    }

    @Override
    public void setTierCode(String tierCode) {
        this.tier = tierCode;
    }

    @Override
    public GuideTier getTier() {
        return GuideTier.getInstance(tier);
    }

    @Override
    public void setTier(GuideTier tier) {
        this.tier = tier == null ? null : tier.getType();
    }

    @Override
    public Customer getCustomer() {
        return customer;
    }

    @Override
    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    @Override
    public Date getHireDate() {
        return hireDate;
    }

    @Override
    public void setHireDate(Date hireDate) {
        this.hireDate = hireDate;
    }

    @Override
    public Date getDepartureDate() {
        return departureDate;
    }

    @Override
    public void setDepartureDate(Date departureDate) {
        this.departureDate = departureDate;
    }

    @Override
    public boolean isActive() {
        return GuideStatus.ACTIVE.getType().equals(status);
    }

    @Override
    public boolean isStoreManager() {
        return GuideRole.STORE_MANAGER.getType().equals(role);
    }
}
