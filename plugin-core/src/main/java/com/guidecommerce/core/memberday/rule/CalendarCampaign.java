package com.guidecommerce.core.memberday.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A member-day campaign as the marketing calendar reads it: its scope and its tiers' benefits. */
public final class CalendarCampaign {

    private final Long id;
    private final String name;
    private final List<String> stores;
    private final List<String> channels;
    private final List<CalendarBenefit> benefits;

    public CalendarCampaign(Long id, String name, List<String> stores, List<String> channels,
                            List<CalendarBenefit> benefits) {
        this.id = id;
        this.name = name;
        this.stores = Collections.unmodifiableList(new ArrayList<String>(stores));
        this.channels = Collections.unmodifiableList(new ArrayList<String>(channels));
        this.benefits = Collections.unmodifiableList(new ArrayList<CalendarBenefit>(benefits));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Store codes; empty for every store and the own mall. */
    public List<String> getStores() {
        return stores;
    }

    /** Channel codes; empty for every channel. */
    public List<String> getChannels() {
        return channels;
    }

    public List<CalendarBenefit> getBenefits() {
        return benefits;
    }

    /** The tier's benefit, or {@code null}. */
    public CalendarBenefit benefitFor(String tierCode) {
        for (CalendarBenefit benefit : benefits) {
            if (benefit.getTierCode().equals(tierCode)) {
                return benefit;
            }
        }
        return null;
    }

    /** Whether any tier gets a discount or more than the usual points. */
    public boolean givesAnything() {
        for (CalendarBenefit benefit : benefits) {
            if (benefit.hasDiscount() || benefit.hasMultiplier()) {
                return true;
            }
        }
        return false;
    }
}
