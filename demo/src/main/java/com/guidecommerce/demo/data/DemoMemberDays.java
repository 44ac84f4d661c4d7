package com.guidecommerce.demo.data;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.time.SystemTime;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import javax.annotation.Resource;

/**
 * The demo's member day (会员日): every Wednesday in every channel and store since the first of this month, with a
 * discount from ¥99 and a points multiplier by tier (金卡 12 % off and triple points, 银卡 8 % and double, 普通 5 %
 * and one and a half). Saved through the service, so its Broadleaf offers exist from the start.
 */
public class DemoMemberDays {

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    public void load() {
        LocalDate firstOfMonth = SystemTime.asDate().toInstant().atZone(memberDayService.mallZone()).toLocalDate()
                .withDayOfMonth(1);
        MemberDayCampaign campaign = new MemberDayCampaignImpl();
        campaign.setName("周三会员日");
        campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
        campaign.setWeekday(DayOfWeek.WEDNESDAY.getValue());
        // A date as the admin form writes one: its midnight in the server's zone.
        campaign.setValidFrom(Date.from(firstOfMonth.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        campaign.setMinimumOrderAmount(new BigDecimal("99.00"));
        campaign.setUsesPerDay(1);
        benefit(campaign, "GOLD", "12", "3");
        benefit(campaign, "SILVER", "8", "2");
        benefit(campaign, "REGULAR", "5", "1.5");
        memberDayService.saveCampaign(campaign);
    }

    private static void benefit(MemberDayCampaign campaign, String tier, String percentOff, String multiplier) {
        MemberDayBenefit benefit = new MemberDayBenefitImpl();
        benefit.setCampaign(campaign);
        benefit.setTierCode(tier);
        benefit.setDiscountType(MemberDayDiscountType.PERCENT_OFF);
        benefit.setDiscountValue(new BigDecimal(percentOff));
        benefit.setPointsMultiplier(new BigDecimal(multiplier));
        campaign.getBenefits().add(benefit);
    }
}
