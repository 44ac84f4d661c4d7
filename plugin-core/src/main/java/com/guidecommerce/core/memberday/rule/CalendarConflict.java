package com.guidecommerce.core.memberday.rule;

import java.time.LocalDate;

/** One problem the marketing calendar found, for one day and tier or for a campaign as a whole. */
public final class CalendarConflict {

    /** What kind of problem; {@link #isLesser()} tells a notice from a conflict. */
    public enum Kind {
        /** Two campaigns give the same tier a discount on the same day: both apply. */
        TWO_CAMPAIGNS_STACK,
        /** A campaign's discount and another automatic offer that combines with others: both apply. */
        OFFER_STACKS,
        /** A campaign's discount and another automatic offer that does not combine: Broadleaf keeps the better. */
        OFFER_OVERLAPS,
        /** The store scope names store codes that do not exist or are closed. */
        UNKNOWN_STORES,
        /** The channel scope names unknown channel codes. */
        UNKNOWN_CHANNELS,
        /** No tier gets a discount or more points. */
        GIVES_NOTHING
    }

    private final Kind kind;
    private final LocalDate day;
    private final String tierCode;
    private final String campaign;
    private final String other;

    public CalendarConflict(Kind kind, LocalDate day, String tierCode, String campaign, String other) {
        this.kind = kind;
        this.day = day;
        this.tierCode = tierCode;
        this.campaign = campaign;
        this.other = other;
    }

    public Kind getKind() {
        return kind;
    }

    /** The day, {@code null} for a problem of the campaign itself. */
    public LocalDate getDay() {
        return day;
    }

    /** The tier concerned, {@code null} for a problem of scope. */
    public String getTierCode() {
        return tierCode;
    }

    public String getCampaign() {
        return campaign;
    }

    /** The other campaign or offer, or the codes at fault; {@code null} when nothing else is involved. */
    public String getOther() {
        return other;
    }

    /** An overlap where only the better discount applies: worth knowing, not a mistake. */
    public boolean isLesser() {
        return kind == Kind.OFFER_OVERLAPS;
    }

    /** The message key of its explanation in the admin's bundles. */
    public String getMessageKey() {
        return "gcCalendarConflict_" + kind.name();
    }

    @Override
    public String toString() {
        return kind + " " + day + " " + tierCode + " " + campaign + " / " + other;
    }
}
