package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.ChannelOrderLine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * One line of the commission ledger: an amount credited to (or, for a reversal, taken back from) a beneficiary for one
 * order line, with the plan version, rule and rate that produced it. Entries are append-only: their amounts never
 * change; only their state moves forward (pending, frozen, settleable, settled, paid).
 */
public interface CommissionEntry extends Serializable {

    Long getId();

    Date getCreatedAt();

    String getKind();

    String getRole();

    String getBeneficiaryType();

    Long getBeneficiaryId();

    String getBeneficiaryCode();

    String getBeneficiaryName();

    String getChannelCode();

    ChannelOrder getOrder();

    ChannelOrderLine getOrderLine();

    BigDecimal getBaseAmount();

    BigDecimal getRatePercent();

    BigDecimal getAmount();

    String getCurrency();

    String getState();

    Date getFrozenUntil();

    Date getEligibleAt();

    Long getStatementId();

    Long getReversesEntryId();

    Long getEventId();

    Long getCustomerId();

    Long getBindingRecordId();

    Long getPlanId();

    Integer getPlanVersion();

    Long getRuleId();

    String getRuleScope();

    Date getStateChangedAt();
}
