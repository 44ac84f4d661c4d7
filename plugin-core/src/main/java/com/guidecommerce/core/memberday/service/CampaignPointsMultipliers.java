package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.memberday.dao.MemberTiers;
import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;

/**
 * Points multipliers from member-day campaigns: the highest multiplier, for the member's current tier, of the
 * campaigns whose member day contains the payment in the order's store's zone (the own mall's, HQ's, when the order
 * names no store) and whose channel and store scope include the order.
 */
public class CampaignPointsMultipliers implements PointsMultipliers {

    private final MemberDayService memberDayService;
    private final MemberTiers tiers;
    private final StoreTimeZones timeZones;

    public CampaignPointsMultipliers(MemberDayService memberDayService, MemberTiers tiers, StoreTimeZones timeZones) {
        this.memberDayService = memberDayService;
        this.tiers = tiers;
        this.timeZones = timeZones;
    }

    @Override
    public BigDecimal multiplierFor(Long customerId, String channelCode, String storeCode, Date paidAt) {
        String tier = tiers.tierOf(customerId);
        BigDecimal best = BigDecimal.ONE;
        if (tier == null || paidAt == null) {
            return best;
        }
        ZoneId zone = timeZones.ofStoreCode(storeCode);
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            if (!CampaignSchedules.covers(campaign, channelCode, storeCode)
                    || memberDayService.memberDayOf(campaign, zone, paidAt) == null) {
                continue;
            }
            MemberDayBenefit benefit = memberDayService.benefitFor(campaign, tier);
            if (benefit != null && benefit.getPointsMultiplier().compareTo(best) > 0) {
                best = benefit.getPointsMultiplier();
            }
        }
        return best;
    }
}
