package com.guidecommerce.core.channel.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a channel order: what was bought, what was paid for it (the commission base) and what was refunded. */
public interface ChannelOrderLine extends Serializable {

    Long getId();

    String getLineNo();

    ChannelOrder getOrder();

    String getSku();

    String getName();

    Long getProductId();

    Long getCategoryId();

    Integer getQuantity();

    BigDecimal getPaidAmount();

    BigDecimal getRefundedAmount();
}
