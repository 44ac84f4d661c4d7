package com.guidecommerce.core.channel.domain;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * An order of a member (or of a buyer not yet identified) in any channel, with who it is attributed to. Written by
 * the ingest pipeline only; HQ reads it in admin.
 */
public interface ChannelOrder extends Serializable {

    Long getId();

    Date getPaidAt();

    String getChannelCode();

    String getOrderNo();

    BigDecimal getPaidAmount();

    BigDecimal getRefundedAmount();

    String getCurrency();

    String getMatchStatus();

    String getMatchedBy();

    Customer getCustomer();

    String getMemberNo();

    String getPhoneHash();

    String getBuyerId();

    String getStoreCode();

    String getShareCode();

    Date getSharedAt();

    Date getCompletedAt();

    /** When the channel's return window after completion closes: the order's commission is frozen until then. */
    Date getReturnWindowEndsAt();








    Date getCreatedAt();

    /** The order's lines, by line number. */
    List<ChannelOrderLine> getLines();
}
