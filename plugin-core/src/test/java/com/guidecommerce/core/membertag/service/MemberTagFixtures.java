package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.service.MemberDayService;
import com.guidecommerce.core.membertag.dao.HeldTag;
import com.guidecommerce.core.membertag.dao.TagHistoryRow;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Member tags as tests read them, and member-day campaigns to buy on. A class of its own, so that the entity classes
 * are first loaded after Broadleaf's context has booted.
 */
final class MemberTagFixtures {

    private final MemberTagService tags;
    private final MemberDayService memberDays;
    private final JdbcTemplate jdbc;

    MemberTagFixtures(ApplicationContext context) {
        this.tags = context.getBean("gcMemberTagService", MemberTagService.class);
        this.memberDays = context.getBean("gcMemberDayService", MemberDayService.class);
        this.jdbc = context.getBean("gcJdbcTemplate", JdbcTemplate.class);
    }

    /** The member's tags as "CODE" or "CODE=VALUE", in code order. */
    List<String> tags(Customer member) {
        List<String> held = new ArrayList<String>();
        for (HeldTag tag : tags.tagsOf(member.getId())) {
            held.add(tag.getTag().toString());
        }
        return held;
    }

    List<String> history(Customer member) {
        List<String> rows = new ArrayList<String>();
        for (TagHistoryRow row : tags.historyOf(member.getId())) {
            rows.add(row.toString());
        }
        return rows;
    }

    Map<String, Object> facts(Customer member) {
        return jdbc.queryForMap("SELECT PAID_ORDERS, PAID_AMOUNT, REFUNDED_AMOUNT, CHANNELS, MEMBER_DAY_ORDERS,"
                + " FIRST_BOUND_AT, REGISTERED_AT FROM GC_MEMBER_TAG_FACTS WHERE CUSTOMER_ID = ?", member.getId());
    }

    /** A weekly member day on the weekday of {@code day} in the channel, points only for GOLD; its id. */
    Long memberDayEvery(LocalDate day, String channelCode) {
        MemberDayCampaign campaign = new MemberDayCampaignImpl();
        campaign.setName("Tag test member day " + day);
        campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
        DayOfWeek weekday = day.getDayOfWeek();
        campaign.setWeekday(weekday.getValue());
        campaign.setValidFrom(Date.from(day.minusWeeks(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        campaign.setChannels(channelCode);
        campaign.setUsesPerDay(1);
        MemberDayBenefit benefit = new MemberDayBenefitImpl();
        benefit.setCampaign(campaign);
        benefit.setTierCode("GOLD");
        benefit.setPointsMultiplier(new BigDecimal("2"));
        campaign.getBenefits().add(benefit);
        return memberDays.saveCampaign(campaign).getId();
    }

    void deleteCampaign(Long campaignId) {
        memberDays.deleteCampaign(campaignId);
    }
}
