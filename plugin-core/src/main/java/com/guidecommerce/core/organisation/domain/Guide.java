package com.guidecommerce.core.organisation.domain;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/**
 * A shopping guide (导购) or store manager (店长). The guide code is what their QR code and share links carry;
 * the customer account is how they log into the storefront workbench.
 */
public interface Guide extends Serializable {

    Long getId();

    void setId(Long id);

    /** The public referral code, e.g. {@code G0001}. */
    String getGuideCode();

    void setGuideCode(String guideCode);

    String getEmployeeNo();

    void setEmployeeNo(String employeeNo);

    String getName();

    void setName(String name);

    String getPhone();

    void setPhone(String phone);

    Store getStore();

    void setStore(Store store);

    GuideRole getRole();

    void setRole(GuideRole role);

    GuideStatus getStatus();

    void setStatus(GuideStatus status);

    GuideTier getTier();

    void setTier(GuideTier tier);

    /** The tier's code as stored, also for a guide tier defined as data beyond NORMAL and SUPER. */
    String getTierCode();

    void setTierCode(String tierCode);

    /** The storefront account the guide logs in with, if any. */
    Customer getCustomer();

    void setCustomer(Customer customer);

    Date getHireDate();

    void setHireDate(Date hireDate);

    Date getDepartureDate();

    void setDepartureDate(Date departureDate);

    boolean isActive();

    boolean isStoreManager();
}
