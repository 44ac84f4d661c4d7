package com.guidecommerce.site.memberday;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the member-day banner says: a campaign's member day under way (with the instant it ends, for the countdown) or
 * the next one within the horizon (with the time left until it starts), and the discount it shows — the member's own,
 * or the best of the campaign for a guest or a member whose tier gets nothing.
 */
public final class MemberDayBanner implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String campaignName;
    private final boolean on;
    private final LocalDate day;
    private final Instant start;
    private final Instant end;
    private final Instant now;
    private final ZoneId zone;
    private final TierOffer offer;
    private final boolean ownOffer;

    MemberDayBanner(String campaignName, boolean on, LocalDate day, Instant start, Instant end, Instant now,
                    ZoneId zone, TierOffer offer, boolean ownOffer) {
        this.campaignName = campaignName;
        this.on = on;
        this.day = day;
        this.start = start;
        this.end = end;
        this.now = now;
        this.zone = zone;
        this.offer = offer;
        this.ownOffer = ownOffer;
    }

    public String getCampaignName() {
        return campaignName;
    }

    /** Whether the member day is under way; otherwise it is the next one. */
    public boolean isOn() {
        return on;
    }

    /** The member day's date in the mall's zone. */
    public LocalDate getDay() {
        return day;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** The end of the member day (the next day's start in the mall's zone), epoch millis, for the countdown. */
    public long getEndMillis() {
        return end.toEpochMilli();
    }

    public long getStartMillis() {
        return start.toEpochMilli();
    }

    /** The server's clock when the banner was made, epoch millis, so the countdown does not trust the browser's. */
    public long getNowMillis() {
        return now.toEpochMilli();
    }

    /** The discount shown; {@code null} when the campaign gives no discount (points only). */
    public TierOffer getOffer() {
        return offer;
    }

    /** Whether the discount shown is the member's own tier's. */
    public boolean isOwnOffer() {
        return ownOffer;
    }

    /** Until the end when on, until the start otherwise. */
    public Duration getTimeLeft() {
        Duration left = Duration.between(now, on ? end : start);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public long getDaysLeft() {
        return getTimeLeft().toDays();
    }

    public long getHoursLeft() {
        return getTimeLeft().toHours() % 24;
    }

    public long getMinutesLeft() {
        return getTimeLeft().toMinutes() % 60;
    }
}
