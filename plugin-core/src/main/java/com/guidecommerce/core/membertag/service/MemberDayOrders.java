package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.service.CampaignSchedules;
import com.guidecommerce.core.memberday.service.MemberDayService;

import java.util.Date;
import java.util.List;

/**
 * Whether an order was paid on a member day, as the member-day feature judges it: a campaign that covers the order's
 * channel and store has the moment on one of its member days in the store's zone. Read once per batch
 * ({@link #forBatch}). Bean {@code gcMemberTagMemberDays}.
 */
public class MemberDayOrders {

    private final MemberDayService memberDays;
    private final StoreTimeZones timeZones;

    public MemberDayOrders(MemberDayService memberDays, StoreTimeZones timeZones) {
        this.memberDays = memberDays;
        this.timeZones = timeZones;
    }

    /** The campaigns as they stand now, to judge a batch's orders with. */
    public Judge forBatch() {
        return new Judge(memberDays.findCampaigns());
    }

    /** Judges orders against one reading of the campaigns. */
    public final class Judge {

        private final List<MemberDayCampaign> campaigns;

        Judge(List<MemberDayCampaign> campaigns) {
            this.campaigns = campaigns;
        }

        public boolean paidOnMemberDay(String channelCode, String storeCode, Date paidAt) {
            if (paidAt == null) {
                return false;
            }
            for (MemberDayCampaign campaign : campaigns) {
                if (CampaignSchedules.covers(campaign, channelCode, storeCode)
                        && memberDays.memberDayOf(campaign, timeZones.ofStoreCode(storeCode), paidAt) != null) {
                    return true;
                }
            }
            return false;
        }
    }
}
