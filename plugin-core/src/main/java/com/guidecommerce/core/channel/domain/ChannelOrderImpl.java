package com.guidecommerce.core.channel.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.Index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_CHANNEL_ORDER", uniqueConstraints = @UniqueConstraint(name = "UK_GC_CHANNEL_ORDER_NO", columnNames = {"CHANNEL_CODE", "ORDER_NO"}))
@org.hibernate.annotations.Table(appliesTo = "GC_CHANNEL_ORDER", indexes = {
        @Index(name = "IX_GC_CHANNEL_ORDER_MATCH", columnNames = {"MATCH_STATUS", "CHANNEL_CODE"}),
        @Index(name = "IX_GC_CHANNEL_ORDER_BUYER", columnNames = {"BUYER_ID", "CHANNEL_CODE"})
})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcChannelOrder")
public class ChannelOrderImpl implements ChannelOrder {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CHANNEL_ORDER_ID")
    @AdminPresentation(friendlyName = "GcChannelOrder_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "PAID_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannelOrder_paidAt", order = 1000, prominent = true, gridOrder = 1000, readOnly = true)
    protected Date paidAt;

    @Column(name = "CHANNEL_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcChannelOrder_channelCode", order = 2000, prominent = true, gridOrder = 2000, readOnly = true)
    protected String channelCode;

    @Column(name = "ORDER_NO", nullable = false, length = 64)
    // First grid column: the list's search box searches it.
    @AdminPresentation(friendlyName = "GcChannelOrder_orderNo", order = 3000, prominent = true, gridOrder = 500, readOnly = true)
    protected String orderNo;

    @Column(name = "PAID_AMOUNT", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcChannelOrder_paidAmount", order = 4000, prominent = true, gridOrder = 4000, readOnly = true,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "currency")
    protected BigDecimal paidAmount;

    @Column(name = "REFUNDED_AMOUNT", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcChannelOrder_refundedAmount", order = 5000, prominent = true, gridOrder = 5000, readOnly = true,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "currency")
    protected BigDecimal refundedAmount;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    @AdminPresentation(friendlyName = "GcChannelOrder_currency", order = 6000, readOnly = true)
    protected String currency;

    @Column(name = "MATCH_STATUS", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcChannelOrder_matchStatus", order = 7000, prominent = true, gridOrder = 6000, readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.channel.domain.MatchStatusType")
    protected String matchStatus;

    @Column(name = "MATCHED_BY", length = 16)
    @AdminPresentation(friendlyName = "GcChannelOrder_matchedBy", order = 8000, readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION, broadleafEnumeration = "com.guidecommerce.core.channel.domain.MatchedByType")
    protected String matchedBy;

    @ManyToOne(targetEntity = CustomerImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "GcChannelOrder_customer", order = 9000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "username")
    protected Customer customer;

    @Column(name = "MEMBER_NO", length = 64)
    @Index(name = "IX_GC_CHANNEL_ORDER_MEMBER_NO", columnNames = {"MEMBER_NO"})
    @AdminPresentation(friendlyName = "GcChannelOrder_memberNo", order = 10000, readOnly = true)
    protected String memberNo;

    @Column(name = "PHONE_HASH", length = 64)
    @Index(name = "IX_GC_CHANNEL_ORDER_PHONE", columnNames = {"PHONE_HASH"})
    @AdminPresentation(friendlyName = "GcChannelOrder_phoneHash", order = 11000, readOnly = true)
    protected String phoneHash;

    @Column(name = "BUYER_ID", length = 64)
    @AdminPresentation(friendlyName = "GcChannelOrder_buyerId", order = 12000, readOnly = true)
    protected String buyerId;

    @Column(name = "STORE_CODE", length = 32)
    @AdminPresentation(friendlyName = "GcChannelOrder_storeCode", order = 13000, readOnly = true)
    protected String storeCode;

    @Column(name = "SHARE_CODE", length = 64)
    @AdminPresentation(friendlyName = "GcChannelOrder_shareCode", order = 14000, readOnly = true)
    protected String shareCode;

    @Column(name = "SHARED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannelOrder_sharedAt", order = 15000, readOnly = true)
    protected Date sharedAt;

    @Column(name = "COMPLETED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannelOrder_completedAt", order = 16000, readOnly = true)
    protected Date completedAt;

    @Column(name = "RETURN_WINDOW_ENDS_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannelOrder_returnWindowEndsAt", order = 16500, readOnly = true)
    protected Date returnWindowEndsAt;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcChannelOrder_createdAt", order = 24000, readOnly = true)
    protected Date createdAt;

    /** Written with the order by the ingest pipeline; mapped here so the admin shows them on the order's screen. */
    @OneToMany(mappedBy = "order", targetEntity = ChannelOrderLineImpl.class)
    @OrderBy("lineNo")
    @AdminPresentationCollection(friendlyName = "GcChannelOrder_lines", order = 1000, readOnly = true)
    protected List<ChannelOrderLine> lines = new ArrayList<ChannelOrderLine>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Date getPaidAt() {
        return paidAt;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public String getOrderNo() {
        return orderNo;
    }

    /** The order as Broadleaf's admin names it in the breadcrumb of its page: by its number. */
    public String getMainEntityName() {
        return orderNo;
    }

    @Override
    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    @Override
    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    @Override
    public String getCurrency() {
        return currency;
    }

    @Override
    public String getMatchStatus() {
        return matchStatus;
    }

    @Override
    public String getMatchedBy() {
        return matchedBy;
    }

    @Override
    public Customer getCustomer() {
        return customer;
    }

    @Override
    public String getMemberNo() {
        return memberNo;
    }

    @Override
    public String getPhoneHash() {
        return phoneHash;
    }

    @Override
    public String getBuyerId() {
        return buyerId;
    }

    @Override
    public String getStoreCode() {
        return storeCode;
    }

    @Override
    public String getShareCode() {
        return shareCode;
    }

    @Override
    public Date getSharedAt() {
        return sharedAt;
    }

    @Override
    public Date getCompletedAt() {
        return completedAt;
    }

    @Override
    public Date getReturnWindowEndsAt() {
        return returnWindowEndsAt;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public List<ChannelOrderLine> getLines() {
        return lines;
    }
}
