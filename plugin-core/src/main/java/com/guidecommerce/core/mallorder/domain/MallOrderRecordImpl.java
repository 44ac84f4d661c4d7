package com.guidecommerce.core.mallorder.domain;

import org.broadleafcommerce.common.money.Money;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_MALL_ORDER", uniqueConstraints = @UniqueConstraint(name = "UK_GC_MALL_ORDER_ORDER", columnNames = "ORDER_ID"))
public class MallOrderRecordImpl implements MallOrderRecord {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcMallOrderId")
    @GenericGenerator(name = "GcMallOrderId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcMallOrderRecordImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.mallorder.domain.MallOrderRecordImpl")
            })
    @Column(name = "MALL_ORDER_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "ORDER_NUMBER", length = 64)
    protected String orderNumber;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "MERCHANDISE_PAID", precision = 19, scale = 5, nullable = false)
    protected BigDecimal merchandisePaid;

    @Column(name = "ORDER_TOTAL", precision = 19, scale = 5, nullable = false)
    protected BigDecimal orderTotal;

    @Column(name = "CURRENCY_CODE", length = 3, nullable = false)
    protected String currencyCode;

    @Column(name = "ITEM_COUNT", nullable = false)
    protected Integer itemCount;

    @Column(name = "SHARE_CODE", length = 64)
    protected String shareCode;

    @Column(name = "SUBMITTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date submittedAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    @Override
    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    @Override
    public String getOrderNumber() {
        return orderNumber;
    }

    @Override
    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public Money getMerchandisePaid() {
        return money(merchandisePaid);
    }

    @Override
    public void setMerchandisePaid(Money merchandisePaid) {
        this.merchandisePaid = merchandisePaid == null ? null : merchandisePaid.getAmount();
    }

    @Override
    public Money getOrderTotal() {
        return money(orderTotal);
    }

    @Override
    public void setOrderTotal(Money orderTotal) {
        this.orderTotal = orderTotal == null ? null : orderTotal.getAmount();
    }

    @Override
    public String getCurrencyCode() {
        return currencyCode;
    }

    @Override
    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    @Override
    public int getItemCount() {
        return itemCount == null ? 0 : itemCount;
    }

    @Override
    public void setItemCount(int itemCount) {
        this.itemCount = itemCount;
    }

    @Override
    public String getShareCode() {
        return shareCode;
    }

    @Override
    public void setShareCode(String shareCode) {
        this.shareCode = shareCode;
    }

    @Override
    public Date getSubmittedAt() {
        return submittedAt;
    }

    @Override
    public void setSubmittedAt(Date submittedAt) {
        this.submittedAt = submittedAt;
    }

    private Money money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return currencyCode == null ? new Money(amount) : new Money(amount, Currency.getInstance(currencyCode));
    }
}
