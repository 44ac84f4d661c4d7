package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.rule.CalendarConflict;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A week or a month of the marketing calendar for the own mall or one store, with every conflict found. */
public final class CalendarView {

    private final String storeCode;
    private final ZoneId zone;
    private final List<String> tierCodes;
    private final List<CalendarDay> days;
    private final List<CalendarConflict> conflicts;

    public CalendarView(String storeCode, ZoneId zone, List<String> tierCodes, List<CalendarDay> days,
                        List<CalendarConflict> campaignConflicts) {
        this.storeCode = storeCode;
        this.zone = zone;
        this.tierCodes = Collections.unmodifiableList(new ArrayList<String>(tierCodes));
        this.days = Collections.unmodifiableList(new ArrayList<CalendarDay>(days));
        List<CalendarConflict> all = new ArrayList<CalendarConflict>(campaignConflicts);
        for (CalendarDay day : days) {
            all.addAll(day.getConflicts());
        }
        this.conflicts = Collections.unmodifiableList(all);
    }

    /** The store, {@code null} for the own mall. */
    public String getStoreCode() {
        return storeCode;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** The zone's id, for pages (a ZoneId's own class is not public to templates' reflection). */
    public String getZoneId() {
        return zone.getId();
    }

    public List<String> getTierCodes() {
        return tierCodes;
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public LocalDate getFirstDay() {
        return days.get(0).getDate();
    }

    public LocalDate getLastDay() {
        return days.get(days.size() - 1).getDate();
    }

    /** The campaigns' problems of scope first, then each day's conflicts in date order. */
    public List<CalendarConflict> getConflicts() {
        return conflicts;
    }

    /** The day, or {@code null} when it is not shown. */
    public CalendarDay day(LocalDate date) {
        for (CalendarDay day : days) {
            if (day.getDate().equals(date)) {
                return day;
            }
        }
        return null;
    }
}
