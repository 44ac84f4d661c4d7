package com.guidecommerce.core.channel.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_CHANNEL_ORDER_LINE", uniqueConstraints = @UniqueConstraint(name = "UK_GC_CHANNEL_ORDER_LINE_NO", columnNames = {"CHANNEL_ORDER_ID", "LINE_NO"}))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcChannelOrderLine")
public class ChannelOrderLineImpl implements ChannelOrderLine {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ORDER_LINE_ID")
    @AdminPresentation(friendlyName = "GcChannelOrderLine_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "LINE_NO", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "GcChannelOrderLine_lineNo", order = 1000, prominent = true, gridOrder = 1000, readOnly = true)
    protected String lineNo;

    @ManyToOne(targetEntity = ChannelOrderImpl.class, fetch = FetchType.EAGER)
    @JoinColumn(name = "CHANNEL_ORDER_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcChannelOrderLine_order", order = 2000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "orderNo")
    protected ChannelOrder order;

    @Column(name = "SKU", length = 64)
    @AdminPresentation(friendlyName = "GcChannelOrderLine_sku", order = 3000, prominent = true, gridOrder = 2000, readOnly = true)
    protected String sku;

    @Column(name = "NAME", length = 255)
    @AdminPresentation(friendlyName = "GcChannelOrderLine_name", order = 4000, prominent = true, gridOrder = 3000, readOnly = true)
    protected String name;

    @Column(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "GcChannelOrderLine_productId", order = 5000, readOnly = true)
    protected Long productId;

    @Column(name = "CATEGORY_ID")
    @AdminPresentation(friendlyName = "GcChannelOrderLine_categoryId", order = 6000, readOnly = true)
    protected Long categoryId;

    @Column(name = "QUANTITY", nullable = false)
    @AdminPresentation(friendlyName = "GcChannelOrderLine_quantity", order = 7000, prominent = true, gridOrder = 4000, readOnly = true)
    protected Integer quantity;

    @Column(name = "PAID_AMOUNT", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcChannelOrderLine_paidAmount", order = 8000, prominent = true, gridOrder = 5000, readOnly = true,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "order.currency")
    protected BigDecimal paidAmount;

    @Column(name = "REFUNDED_AMOUNT", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcChannelOrderLine_refundedAmount", order = 9000, prominent = true, gridOrder = 6000, readOnly = true,
            fieldType = SupportedFieldType.MONEY, currencyCodeField = "order.currency")
    protected BigDecimal refundedAmount;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getLineNo() {
        return lineNo;
    }

    @Override
    public ChannelOrder getOrder() {
        return order;
    }

    @Override
    public String getSku() {
        return sku;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Long getProductId() {
        return productId;
    }

    @Override
    public Long getCategoryId() {
        return categoryId;
    }

    @Override
    public Integer getQuantity() {
        return quantity;
    }

    @Override
    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    @Override
    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }
}
