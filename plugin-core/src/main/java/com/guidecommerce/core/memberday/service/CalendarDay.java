package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.rule.CalendarCampaign;
import com.guidecommerce.core.memberday.rule.CalendarConflict;
import com.guidecommerce.core.memberday.rule.CalendarOffer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One day of the marketing calendar in its store's zone: its campaigns, the other offers on, and its conflicts. */
public final class CalendarDay {

    private final LocalDate date;
    private final boolean today;
    private final List<CalendarCampaign> campaigns;
    private final List<CalendarOffer> offers;
    private final List<CalendarConflict> conflicts;

    public CalendarDay(LocalDate date, boolean today, List<CalendarCampaign> campaigns, List<CalendarOffer> offers,
                       List<CalendarConflict> conflicts) {
        this.date = date;
        this.today = today;
        this.campaigns = Collections.unmodifiableList(new ArrayList<CalendarCampaign>(campaigns));
        this.offers = Collections.unmodifiableList(new ArrayList<CalendarOffer>(offers));
        this.conflicts = Collections.unmodifiableList(new ArrayList<CalendarConflict>(conflicts));
    }

    public LocalDate getDate() {
        return date;
    }

    /** ISO day of week, 1 = Monday. */
    public int getWeekday() {
        return date.getDayOfWeek().getValue();
    }

    public boolean isToday() {
        return today;
    }

    public List<CalendarCampaign> getCampaigns() {
        return campaigns;
    }

    public List<CalendarOffer> getOffers() {
        return offers;
    }

    public List<CalendarConflict> getConflicts() {
        return conflicts;
    }

    /** Whether a conflict (not only a lesser overlap) falls on the day. */
    public boolean isConflicting() {
        for (CalendarConflict conflict : conflicts) {
            if (!conflict.isLesser()) {
                return true;
            }
        }
        return false;
    }
}
