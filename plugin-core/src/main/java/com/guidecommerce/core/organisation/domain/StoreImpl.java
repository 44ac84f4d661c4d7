package com.guidecommerce.core.organisation.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.TimeZone;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

// Named explicitly: Broadleaf already maps an entity called StoreImpl.
@Entity(name = "GcStoreImpl")
@Table(name = "GC_STORE", uniqueConstraints = @UniqueConstraint(name = "UK_GC_STORE_CODE", columnNames = "CODE"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcStore")
public class StoreImpl implements Store {

    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    @Id
    @GeneratedValue(generator = "GcStoreId")
    @GenericGenerator(name = "GcStoreId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcStoreImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.organisation.domain.StoreImpl")
            })
    @Column(name = "STORE_ID")
    @AdminPresentation(friendlyName = "GcStore_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcStore_code", order = 1000, prominent = true, gridOrder = 1000,
            group = "GcStore_group_general", groupOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = "[A-Z0-9_-]{2,32}"),
                            @ConfigurationItem(itemName = "errorMessage", itemValue = "gcCodeFormat")
                    }))
    protected String code;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcStore_name", order = 2000, prominent = true, gridOrder = 2000,
            group = "GcStore_group_general", requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection, which finds
    // nothing on an uninitialised lazy proxy.
    @ManyToOne(targetEntity = RegionImpl.class, optional = false)
    @JoinColumn(name = "REGION_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcStore_region", order = 3000, prominent = true, gridOrder = 3000,
            group = "GcStore_group_general", requiredOverride = RequiredOverride.REQUIRED)
    @AdminPresentationToOneLookup()
    protected Region region;

    @ManyToOne(targetEntity = FranchiseeImpl.class)
    @JoinColumn(name = "FRANCHISEE_ID")
    @AdminPresentation(friendlyName = "GcStore_franchisee", order = 4000, prominent = true, gridOrder = 4000,
            group = "GcStore_group_general", helpText = "GcStore_franchisee_help")
    @AdminPresentationToOneLookup()
    protected Franchisee franchisee;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "GcStore_timeZone", order = 5000, group = "GcStore_group_general",
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcStore_timeZone_help")
    protected String timeZoneId = DEFAULT_TIME_ZONE;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "GcStore_active", order = 6000, prominent = true, gridOrder = 6000,
            group = "GcStore_group_general")
    protected Boolean active = Boolean.TRUE;

    @Column(name = "CITY", length = 64)
    @AdminPresentation(friendlyName = "GcStore_city", order = 1000, prominent = true, gridOrder = 5000,
            group = "GcStore_group_contact", groupOrder = 2000)
    protected String city;

    @Column(name = "ADDRESS", length = 255)
    @AdminPresentation(friendlyName = "GcStore_address", order = 2000, group = "GcStore_group_contact")
    protected String address;

    @Column(name = "PHONE", length = 32)
    @AdminPresentation(friendlyName = "GcStore_phone", order = 3000, group = "GcStore_group_contact")
    protected String phone;

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
    public Region getRegion() {
        return region;
    }

    @Override
    public void setRegion(Region region) {
        this.region = region;
    }

    @Override
    public Franchisee getFranchisee() {
        return franchisee;
    }

    @Override
    public void setFranchisee(Franchisee franchisee) {
        this.franchisee = franchisee;
    }

    @Override
    public boolean isHqDirect() {
        return franchisee == null;
    }

    @Override
    public String getTimeZoneId() {
        return timeZoneId;
    }

    @Override
    public void setTimeZoneId(String timeZoneId) {
        this.timeZoneId = timeZoneId;
    }

    @Override
    public TimeZone getTimeZone() {
        return TimeZone.getTimeZone(timeZoneId == null ? DEFAULT_TIME_ZONE : timeZoneId);
    }

    @Override
    public String getCity() {
        return city;
    }

    @Override
    public void setCity(String city) {
        this.city = city;
    }

    @Override
    public String getAddress() {
        return address;
    }

    @Override
    public void setAddress(String address) {
        this.address = address;
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
    public boolean isActive() {
        return active == null || active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }
}
