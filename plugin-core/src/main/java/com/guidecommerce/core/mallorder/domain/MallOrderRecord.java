package com.guidecommerce.core.mallorder.domain;

import org.broadleafcommerce.common.money.Money;

import java.io.Serializable;
import java.util.Date;

/**
 * The plugin's record of an order submitted in this Broadleaf mall (the {@code OWN_MALL} channel): who bought,
 * what was paid, and the share code that led to the purchase, captured at checkout so that later attribution does
 * not depend on the shopper's session.
 */
public interface MallOrderRecord extends Serializable {

    Long getId();

    void setId(Long id);

    Long getOrderId();

    void setOrderId(Long orderId);

    String getOrderNumber();

    void setOrderNumber(String orderNumber);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** Merchandise paid after item and order discounts, before shipping and tax. */
    Money getMerchandisePaid();

    void setMerchandisePaid(Money merchandisePaid);

    Money getOrderTotal();

    void setOrderTotal(Money orderTotal);

    String getCurrencyCode();

    void setCurrencyCode(String currencyCode);

    int getItemCount();

    void setItemCount(int itemCount);

    /** The guide or distributor code seen in the shopper's session at checkout, if any. */
    String getShareCode();

    void setShareCode(String shareCode);

    Date getSubmittedAt();

    void setSubmittedAt(Date submittedAt);
}
