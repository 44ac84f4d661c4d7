package com.guidecommerce.core.organisation.domain;

import java.io.Serializable;
import java.util.TimeZone;

/**
 * A physical store (门店). Its time zone decides what "today" and "Wednesday" mean for its members and guides;
 * a store without a franchisee is run directly by HQ.
 */
public interface Store extends Serializable {

    Long getId();

    void setId(Long id);

    String getCode();

    void setCode(String code);

    String getName();

    void setName(String name);

    Region getRegion();

    void setRegion(Region region);

    /** The franchisee operating the store, or {@code null} for an HQ-direct store. */
    Franchisee getFranchisee();

    void setFranchisee(Franchisee franchisee);

    boolean isHqDirect();

    /** IANA time zone id, e.g. {@code Asia/Shanghai}. */
    String getTimeZoneId();

    void setTimeZoneId(String timeZoneId);

    TimeZone getTimeZone();

    String getCity();

    void setCity(String city);

    String getAddress();

    void setAddress(String address);

    String getPhone();

    void setPhone(String phone);

    boolean isActive();

    void setActive(boolean active);
}
