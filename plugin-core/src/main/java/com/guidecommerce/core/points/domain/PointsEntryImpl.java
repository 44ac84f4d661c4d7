package com.guidecommerce.core.points.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Index;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** The points ledger's rows; ids come from {@code IdBlocks} (sequence GC_POINTS_ENTRY), written with plain SQL. */
@Entity
@Table(name = "GC_POINTS_ENTRY")
@org.hibernate.annotations.Table(appliesTo = "GC_POINTS_ENTRY", indexes = {
        @Index(name = "IX_GC_POINTS_ENTRY_CUSTOMER", columnNames = {"CUSTOMER_ID", "CREATED_AT"}),
        @Index(name = "IX_GC_POINTS_ENTRY_ORDER", columnNames = {"CHANNEL_ORDER_ID"}),
        @Index(name = "IX_GC_POINTS_ENTRY_DUE", columnNames = {"STATUS", "AVAILABLE_AT"}),
        @Index(name = "IX_GC_POINTS_ENTRY_EXPIRES", columnNames = {"KIND", "EXPIRES_AT"}),
        @Index(name = "IX_GC_POINTS_ENTRY_BL_ORDER", columnNames = {"BL_ORDER_ID"})
})
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcPointsEntry")
public class PointsEntryImpl implements PointsEntry {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ENTRY_ID")
    @AdminPresentation(friendlyName = "GcPointsEntry_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcPointsEntry_createdAt", order = 1000, prominent = true, gridOrder = 1000,
            columnWidth = "130px", readOnly = true)
    protected Date createdAt;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcPointsEntry_customerId", order = 2000, prominent = true, gridOrder = 2000,
            columnWidth = "90px", readOnly = true)
    protected Long customerId;

    /** The member's login, the grid's first column: its search box finds a member's entries (and an order's). */
    @Formula("(SELECT c.USER_NAME FROM BLC_CUSTOMER c WHERE c.CUSTOMER_ID = CUSTOMER_ID)")
    @AdminPresentation(friendlyName = "GcPointsEntry_customerName", order = 2500, prominent = true, gridOrder = 500,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String customerName;

    @Column(name = "KIND", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcPointsEntry_kind", order = 3000, prominent = true, gridOrder = 3000,
            columnWidth = "90px", readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.points.domain.PointsKindType")
    protected String kind;

    @Column(name = "POINTS", nullable = false)
    @AdminPresentation(friendlyName = "GcPointsEntry_points", order = 4000, prominent = true, gridOrder = 4000,
            columnWidth = "80px", readOnly = true)
    protected Long points;

    @Column(name = "STATUS", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcPointsEntry_status", order = 5000, prominent = true, gridOrder = 5000,
            columnWidth = "80px", readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.points.domain.PointsStatusType")
    protected String status;

    @Column(name = "CHANNEL_CODE", length = 32)
    @AdminPresentation(friendlyName = "GcPointsEntry_channelCode", order = 6000, prominent = true, gridOrder = 6000,
            columnWidth = "80px", readOnly = true)
    protected String channelCode;

    @Column(name = "CHANNEL_ORDER_ID")
    @AdminPresentation(friendlyName = "GcPointsEntry_channelOrderId", order = 7000, readOnly = true)
    protected Long channelOrderId;

    /** The channel order's number, for the grid and its search box. */
    @Formula("(SELECT o.ORDER_NO FROM GC_CHANNEL_ORDER o WHERE o.CHANNEL_ORDER_ID = CHANNEL_ORDER_ID)")
    @AdminPresentation(friendlyName = "GcPointsEntry_orderNo", order = 7500, prominent = true, gridOrder = 7000,
            readOnly = true, columnWidth = "150px")
    protected String orderNo;

    @Column(name = "ORDER_LINE_ID")
    @AdminPresentation(friendlyName = "GcPointsEntry_orderLineId", order = 8000, readOnly = true)
    protected Long orderLineId;

    @Column(name = "BL_ORDER_ID")
    @AdminPresentation(friendlyName = "GcPointsEntry_broadleafOrderId", order = 9000, readOnly = true)
    protected Long broadleafOrderId;

    @Column(name = "BASE_AMOUNT", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcPointsEntry_baseAmount", order = 10000, readOnly = true)
    protected BigDecimal baseAmount;

    @Column(name = "MULTIPLIER", precision = 9, scale = 4)
    @AdminPresentation(friendlyName = "GcPointsEntry_multiplier", order = 11000, prominent = true, gridOrder = 8000,
            columnWidth = "70px", readOnly = true)
    protected BigDecimal multiplier;

    @Column(name = "REASON", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "GcPointsEntry_reason", order = 12000, prominent = true, gridOrder = 9000,
            readOnly = true)
    protected String reason;

    @Column(name = "ACTOR", length = 255)
    @AdminPresentation(friendlyName = "GcPointsEntry_actor", order = 13000, prominent = true, gridOrder = 10000,
            columnWidth = "90px", readOnly = true)
    protected String actor;

    @Column(name = "AVAILABLE_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcPointsEntry_availableAt", order = 14000, readOnly = true)
    protected Date availableAt;

    @Column(name = "EXPIRES_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcPointsEntry_expiresAt", order = 15000, readOnly = true)
    protected Date expiresAt;

    /** The earning a reversal or expiry takes from, or the redemption a cancel gives back. */
    @Column(name = "RELATES_TO_ENTRY_ID")
    @AdminPresentation(friendlyName = "GcPointsEntry_relatesTo", order = 16000, readOnly = true)
    protected Long relatesToEntryId;

    @Column(name = "EVENT_ID")
    @AdminPresentation(friendlyName = "GcPointsEntry_eventId", order = 17000, readOnly = true)
    protected Long eventId;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public String getCustomerName() {
        return customerName;
    }

    @Override
    public String getKind() {
        return kind;
    }

    @Override
    public long getPoints() {
        return points == null ? 0L : points;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public String getChannelCode() {
        return channelCode;
    }

    @Override
    public Long getChannelOrderId() {
        return channelOrderId;
    }

    @Override
    public Long getOrderLineId() {
        return orderLineId;
    }

    @Override
    public Long getBroadleafOrderId() {
        return broadleafOrderId;
    }

    @Override
    public BigDecimal getBaseAmount() {
        return baseAmount;
    }

    @Override
    public BigDecimal getMultiplier() {
        return multiplier;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public Date getAvailableAt() {
        return availableAt;
    }

    @Override
    public Date getExpiresAt() {
        return expiresAt;
    }

    @Override
    public Long getRelatesToEntryId() {
        return relatesToEntryId;
    }
}
