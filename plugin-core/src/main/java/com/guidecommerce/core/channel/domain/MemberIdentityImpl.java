package com.guidecommerce.core.channel.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_MEMBER_IDENTITY", uniqueConstraints = @UniqueConstraint(name = "UK_GC_MEMBER_IDENTITY", columnNames = {"IDENTITY_TYPE", "CHANNEL_CODE", "IDENTITY_VALUE"}))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcMemberIdentity")
public class MemberIdentityImpl implements MemberIdentity {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "IDENTITY_ID")
    @AdminPresentation(friendlyName = "GcMemberIdentity_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcMemberIdentity_createdAt", order = 1000, prominent = true, gridOrder = 1000, readOnly = true)
    protected Date createdAt;

    @Column(name = "IDENTITY_TYPE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcMemberIdentity_identityType", order = 2000, prominent = true, gridOrder = 2000, readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.channel.domain.IdentityKindType")
    protected String identityType;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcMemberIdentity_channelCode", order = 3000, prominent = true, gridOrder = 3000, readOnly = true)
    protected String channelCode;

    @Column(name = "IDENTITY_VALUE", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "GcMemberIdentity_identityValue", order = 4000, prominent = true, gridOrder = 4000, readOnly = true)
    protected String identityValue;

    @ManyToOne(targetEntity = CustomerImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcMemberIdentity_customer", order = 5000, readOnly = true)
    protected Customer customer;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcMemberIdentity_createdBy", order = 6000, prominent = true, gridOrder = 5000, readOnly = true)
    protected String createdBy;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public String getIdentityType() {
        return identityType;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public String getIdentityValue() {
        return identityValue;
    }

    @Override
    public Customer getCustomer() {
        return customer;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }
}
