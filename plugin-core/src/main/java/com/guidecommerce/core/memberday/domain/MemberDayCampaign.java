package com.guidecommerce.core.memberday.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * A member-day campaign (会员日): the days it recurs on, in the time zone of the store an order belongs to (the own
 * mall's is {@code gc.default.timezone}), its channel and store scope, and what each member tier gets on those days.
 * Validity dates are calendar dates as the admin form enters them (their wall-clock date in the JVM's zone).
 */
public interface MemberDayCampaign extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    MemberDayRecurrence getRecurrence();

    void setRecurrence(MemberDayRecurrence recurrence);

    /** For WEEKLY: 1 = Monday … 7 = Sunday (ISO). */
    Integer getWeekday();

    void setWeekday(Integer weekday);

    /** For MONTHLY: 1 … 31; a month without that day has no member day. */
    Integer getDayOfMonth();

    void setDayOfMonth(Integer dayOfMonth);

    /** For DATES: ISO dates (2026-12-09) separated by commas or spaces. */
    String getDates();

    void setDates(String dates);

    Date getValidFrom();

    void setValidFrom(Date validFrom);

    /** The last valid day, {@code null} for open-ended. */
    Date getValidTo();

    void setValidTo(Date validTo);

    /** Channel codes (OWN_MALL, TMALL, POS …) separated by commas; empty means every channel. */
    String getChannels();

    void setChannels(String channels);

    /** Store codes separated by commas; empty means every store and the own mall. */
    String getStores();

    void setStores(String stores);

    /** The order subtotal a discount needs; zero for none. */
    BigDecimal getMinimumOrderAmount();

    void setMinimumOrderAmount(BigDecimal minimumOrderAmount);

    /** How many discounted orders a member may place on one member day. */
    int getUsesPerDay();

    void setUsesPerDay(int usesPerDay);

    List<MemberDayBenefit> getBenefits();

    void setBenefits(List<MemberDayBenefit> benefits);
}
