package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

/**
 * What the funnel page was asked for, read from its parameters: a campaign among those listed and a range of days
 * (both included) in the mall's zone. Without a campaign the newest one is shown; without days, the campaign's period
 * up to today. A refused request names its message key ({@code gcCardFunnel_error_*}).
 */
final class FunnelRequest {

    static final String UNKNOWN_CAMPAIGN = "gcCardFunnel_error_campaign";
    static final String UNREADABLE_DATE = "gcCardFunnel_error_date";
    static final String FROM_AFTER_TO = "gcCardFunnel_error_range";

    private final PackageCardCampaign campaign;
    private final LocalDate from;
    private final LocalDate to;
    private final String errorKey;

    private FunnelRequest(PackageCardCampaign campaign, LocalDate from, LocalDate to, String errorKey) {
        this.campaign = campaign;
        this.from = from;
        this.to = to;
        this.errorKey = errorKey;
    }

    static FunnelRequest read(String campaignParam, String fromParam, String toParam,
                              List<PackageCardCampaign> campaigns, ZoneId zone, LocalDate today) {
        PackageCardCampaign campaign = campaignOf(campaignParam, campaigns);
        if (campaign == null) {
            return new FunnelRequest(null, null, null, campaigns.isEmpty() && blank(campaignParam) ? null
                    : UNKNOWN_CAMPAIGN);
        }
        LocalDate from;
        LocalDate to;
        try {
            from = blank(fromParam) ? firstDay(campaign, zone) : LocalDate.parse(fromParam.trim());
            to = blank(toParam) ? lastDay(campaign, zone, today, from) : LocalDate.parse(toParam.trim());
        } catch (DateTimeParseException e) {
            return new FunnelRequest(campaign, null, null, UNREADABLE_DATE);
        }
        if (from.isAfter(to)) {
            return new FunnelRequest(campaign, from, to, FROM_AFTER_TO);
        }
        return new FunnelRequest(campaign, from, to, null);
    }

    private static PackageCardCampaign campaignOf(String param, List<PackageCardCampaign> campaigns) {
        if (blank(param)) {
            return campaigns.isEmpty() ? null : campaigns.get(0);
        }
        for (PackageCardCampaign campaign : campaigns) {
            if (String.valueOf(campaign.getId()).equals(param.trim())) {
                return campaign;
            }
        }
        return null;
    }

    private static LocalDate firstDay(PackageCardCampaign campaign, ZoneId zone) {
        return dayOf(campaign.getActiveFrom(), zone);
    }

    /** The period's last day (its end is exclusive), today at the latest, never before the first day shown. */
    private static LocalDate lastDay(PackageCardCampaign campaign, ZoneId zone, LocalDate today, LocalDate from) {
        LocalDate last = today;
        if (campaign.getActiveTo() != null) {
            LocalDate end = dayOf(new Date(campaign.getActiveTo().getTime() - 1), zone);
            if (end.isBefore(last)) {
                last = end;
            }
        }
        return last.isBefore(from) ? from : last;
    }

    private static LocalDate dayOf(Date moment, ZoneId zone) {
        return moment.toInstant().atZone(zone).toLocalDate();
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }

    /** The campaign to show; {@code null} when none exists or the asked one is unknown. */
    PackageCardCampaign getCampaign() {
        return campaign;
    }

    LocalDate getFrom() {
        return from;
    }

    LocalDate getTo() {
        return to;
    }

    /** The message key of the refusal; {@code null} when the figures can be shown. */
    String getErrorKey() {
        return errorKey;
    }

    boolean isShowable() {
        return campaign != null && errorKey == null;
    }
}
