package com.guidecommerce.core.memberday.rule;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The values of a campaign as HQ submitted them, before saving (any may be missing). */
public final class CampaignDraft {

    String name;
    String recurrence;
    Integer weekday;
    Integer dayOfMonth;
    String dates;
    LocalDate validFrom;
    LocalDate validTo;
    String channels;
    String stores;
    BigDecimal minimumOrderAmount;
    Integer usesPerDay;

    public CampaignDraft name(String name) {
        this.name = name;
        return this;
    }

    public CampaignDraft recurrence(String recurrence, Integer weekday, Integer dayOfMonth, String dates) {
        this.recurrence = recurrence;
        this.weekday = weekday;
        this.dayOfMonth = dayOfMonth;
        this.dates = dates;
        return this;
    }

    public CampaignDraft validity(LocalDate validFrom, LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
        return this;
    }

    public CampaignDraft scope(String channels, String stores) {
        this.channels = channels;
        this.stores = stores;
        return this;
    }

    public CampaignDraft limits(BigDecimal minimumOrderAmount, Integer usesPerDay) {
        this.minimumOrderAmount = minimumOrderAmount;
        this.usesPerDay = usesPerDay;
        return this;
    }
}
