package com.guidecommerce.core.organisation.domain;

import java.io.Serializable;

/**
 * A franchisee or channel partner (加盟商/渠道商) that operates stores and is paid a share of the spending of the
 * members bound to its stores' guides. Stores without a franchisee are run directly by HQ.
 */
public interface Franchisee extends Serializable {

    Long getId();

    void setId(Long id);

    String getCode();

    void setCode(String code);

    String getName();

    void setName(String name);

    String getContactName();

    void setContactName(String contactName);

    String getContactPhone();

    void setContactPhone(String contactPhone);

    /** Name on the bank account that settlement statements are paid to. */
    String getSettlementAccountName();

    void setSettlementAccountName(String settlementAccountName);

    String getSettlementBank();

    void setSettlementBank(String settlementBank);

    String getSettlementAccountNo();

    void setSettlementAccountNo(String settlementAccountNo);

    boolean isActive();

    void setActive(boolean active);
}
