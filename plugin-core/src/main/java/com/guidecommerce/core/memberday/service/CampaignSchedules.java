package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.rule.CampaignRules;
import com.guidecommerce.core.memberday.rule.MemberDaySchedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** Reads a stored campaign as its schedule and its scope. */
public final class CampaignSchedules {

    private CampaignSchedules() {
    }

    /**
     * The campaign's schedule. Validity dates are read as the admin form writes them: the calendar date they show
     * in the JVM's zone (Broadleaf's convention for dates without a zone, offers' start and end dates included).
     */
    public static MemberDaySchedule of(MemberDayCampaign campaign) {
        LocalDate first = calendarDate(campaign.getValidFrom());
        LocalDate last = calendarDate(campaign.getValidTo());
        MemberDayRecurrence recurrence = campaign.getRecurrence();
        if (MemberDayRecurrence.WEEKLY.equals(recurrence) && campaign.getWeekday() != null) {
            return MemberDaySchedule.weekly(DayOfWeek.of(campaign.getWeekday()), first, last);
        }
        if (MemberDayRecurrence.MONTHLY.equals(recurrence) && campaign.getDayOfMonth() != null) {
            return MemberDaySchedule.monthly(campaign.getDayOfMonth(), first, last);
        }
        try {
            return MemberDaySchedule.dates(MemberDaySchedule.parseDates(campaign.getDates()), first, last);
        } catch (DateTimeException e) {
            // Campaigns are checked when saved; one written by hand with a bad date has no member days.
            return MemberDaySchedule.dates(Collections.<LocalDate>emptySet(), first, last);
        }
    }

    /** Whether an order of the channel and store (null for none, as the own mall's) is in the campaign's scope. */
    public static boolean covers(MemberDayCampaign campaign, String channelCode, String storeCode) {
        List<String> channels = CampaignRules.codes(campaign.getChannels());
        List<String> stores = CampaignRules.codes(campaign.getStores());
        boolean channelIn = channels.isEmpty() || channels.contains(channelCode);
        boolean storeIn = stores.isEmpty() || (storeCode != null && stores.contains(storeCode));
        return channelIn && storeIn;
    }

    static LocalDate calendarDate(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
