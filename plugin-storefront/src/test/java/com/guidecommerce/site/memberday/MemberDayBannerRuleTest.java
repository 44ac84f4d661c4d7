package com.guidecommerce.site.memberday;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.rule.MemberDayCalendar;
import com.guidecommerce.core.memberday.rule.MemberDaySchedule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the member-day banner shows, with the JVM in UTC and the mall in Shanghai (8 hours ahead). */
class MemberDayBannerRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    private static final MemberDaySchedule WEDNESDAYS =
            MemberDaySchedule.weekly(DayOfWeek.WEDNESDAY, LocalDate.of(2026, 11, 1), null);
    private static final TierOffer GOLD_12 = new TierOffer("GOLD", true, new BigDecimal("12"), new BigDecimal("99"));
    private static final TierOffer SILVER_8 = new TierOffer("SILVER", true, new BigDecimal("8"), null);

    @Test
    void shouldRunInUtc() {
        assertEquals("UTC", TimeZone.getDefault().getID());
    }

    @Test
    void shouldShowTheMemberDayFromMidnightToMidnightInTheMallsZone() {
        MemberDayBanner atMidnight = wednesdayBanner(shanghai(WEDNESDAY, 0, 0));
        MemberDayBanner lastMinute = wednesdayBanner(shanghai(WEDNESDAY, 23, 59));

        assertTrue(atMidnight.isOn());
        assertEquals(WEDNESDAY, atMidnight.getDay());
        // Thursday 00:00 in Shanghai is Wednesday 16:00 UTC.
        assertEquals(Instant.parse("2026-12-09T16:00:00Z").toEpochMilli(), atMidnight.getEndMillis());
        assertEquals(24, atMidnight.getTimeLeft().toHours());
        assertTrue(lastMinute.isOn());
        assertEquals(1, lastMinute.getTimeLeft().toMinutes());
        assertEquals(shanghai(WEDNESDAY, 23, 59).toEpochMilli(), lastMinute.getNowMillis());
        assertEquals("GOLD", lastMinute.getOffer().getTierCode());
        assertTrue(lastMinute.isOwnOffer());
    }

    @Test
    void shouldAnnounceTheNextMemberDayOnTheEveningBeforeAndAfterMidnight() {
        // Tuesday 23:59 in Shanghai is Tuesday 15:59 UTC: the member day starts in a minute.
        MemberDayBanner evening = wednesdayBanner(shanghai(WEDNESDAY.minusDays(1), 23, 59));
        // Thursday 00:00 in Shanghai, still Wednesday in UTC: that member day is over, the next one is in 6 days.
        MemberDayBanner after = wednesdayBanner(shanghai(WEDNESDAY.plusDays(1), 0, 0));

        assertFalse(evening.isOn());
        assertEquals(WEDNESDAY, evening.getDay());
        assertEquals(0, evening.getDaysLeft());
        assertEquals(0, evening.getHoursLeft());
        assertEquals(1, evening.getMinutesLeft());
        assertFalse(after.isOn());
        assertEquals(WEDNESDAY.plusWeeks(1), after.getDay());
        assertEquals(6, after.getDaysLeft());
        assertEquals(0, after.getHoursLeft());
    }

    @Test
    void shouldCountDaysAndHoursToTheNextMemberDay() {
        MemberDayBanner sunday = wednesdayBanner(shanghai(WEDNESDAY.minusDays(3), 20, 30));

        assertEquals(2, sunday.getDaysLeft());
        assertEquals(3, sunday.getHoursLeft());
        assertEquals(30, sunday.getMinutesLeft());
    }

    @Test
    void shouldShowNothingWhenTheNextMemberDayIsMoreThanSevenDaysAway() {
        MemberDaySchedule once = MemberDaySchedule.dates(Collections.singleton(WEDNESDAY), WEDNESDAY.minusDays(30), null);
        Instant eightDaysBefore = shanghai(WEDNESDAY.minusDays(8), 0, 0);
        Instant sevenDaysBefore = shanghai(WEDNESDAY.minusDays(7), 0, 0);

        assertNull(banner(candidate("双十二", once, eightDaysBefore, GOLD_12, true), eightDaysBefore));
        assertEquals(7, banner(candidate("双十二", once, sevenDaysBefore, GOLD_12, true), sevenDaysBefore).getDaysLeft());
        assertNull(banner(candidate("双十二", once, shanghai(WEDNESDAY.plusDays(1), 0, 0), GOLD_12, true),
                shanghai(WEDNESDAY.plusDays(1), 0, 0)), "no member day left");
        assertNull(MemberDayBannerRule.decide(Collections.<MemberDayBannerRule.Candidate>emptyList(),
                shanghai(WEDNESDAY, 12, 0), SHANGHAI));
    }

    @Test
    void shouldPreferAMemberDayUnderWayAndTheMembersOwnDiscount() {
        Instant now = shanghai(WEDNESDAY, 10, 0);
        MemberDaySchedule thursdays = MemberDaySchedule.weekly(DayOfWeek.THURSDAY, LocalDate.of(2026, 11, 1), null);
        List<MemberDayBannerRule.Candidate> candidates = Arrays.asList(
                candidate("周四会员日", thursdays, now, GOLD_12, true),
                candidate("周三会员日", WEDNESDAYS, now, SILVER_8, false),
                candidate("周三金卡日", WEDNESDAYS, now, GOLD_12, true));

        MemberDayBanner banner = MemberDayBannerRule.decide(candidates, now, SHANGHAI);

        assertTrue(banner.isOn());
        assertEquals("周三金卡日", banner.getCampaignName());
        assertTrue(banner.isOwnOffer());
    }

    @Test
    void shouldShowAGuestTheBestDiscountOfTheCampaign() {
        MemberDayCampaign campaign = mock(MemberDayCampaign.class);
        when(campaign.getMinimumOrderAmount()).thenReturn(new BigDecimal("99"));
        List<MemberDayBenefit> benefits = Arrays.asList(benefit("REGULAR", MemberDayDiscountType.PERCENT_OFF, "5"),
                benefit("GOLD", MemberDayDiscountType.PERCENT_OFF, "12"),
                benefit("SILVER", MemberDayDiscountType.AMOUNT_OFF, "50"),
                benefit("NEW", null, null));

        TierOffer best = TierOffer.best(campaign, benefits);

        assertEquals("GOLD", best.getTierCode());
        assertEquals("88", best.getZhe());
        assertEquals("12", best.getValueText());
        assertEquals("99.00", best.getMinimumText());
        assertFalse(best.pricesEachProduct(), "a minimum depends on the whole cart");
        MemberDayBanner guest = banner(candidate("周三会员日", WEDNESDAYS, shanghai(WEDNESDAY, 9, 0), best, false),
                shanghai(WEDNESDAY, 9, 0));
        assertFalse(guest.isOwnOffer());
        assertEquals("GOLD", guest.getOffer().getTierCode());
    }

    @Test
    void shouldPriceEachProductOnlyForAPercentageWithoutMinimum() {
        assertTrue(SILVER_8.pricesEachProduct());
        assertEquals("551.08", SILVER_8.priceOf(new BigDecimal("599.00")).toPlainString());
        assertFalse(new TierOffer("GOLD", false, new BigDecimal("30"), null).pricesEachProduct());
        assertEquals("30.00", new TierOffer("GOLD", false, new BigDecimal("30"), BigDecimal.ZERO).getValueText());
        assertFalse(new TierOffer("GOLD", false, new BigDecimal("30"), BigDecimal.ZERO).hasMinimum());
    }

    private static MemberDayBenefit benefit(String tier, MemberDayDiscountType type, String value) {
        MemberDayBenefit benefit = mock(MemberDayBenefit.class);
        when(benefit.getTierCode()).thenReturn(tier);
        when(benefit.getDiscountType()).thenReturn(type);
        when(benefit.getDiscountValue()).thenReturn(value == null ? null : new BigDecimal(value));
        when(benefit.hasDiscount()).thenReturn(type != null);
        return benefit;
    }

    private static MemberDayBanner banner(MemberDayBannerRule.Candidate candidate, Instant now) {
        return MemberDayBannerRule.decide(Collections.singletonList(candidate), now, SHANGHAI);
    }

    /** The banner of a weekly Wednesday campaign giving the member's own 金卡 discount. */
    private static MemberDayBanner wednesdayBanner(Instant now) {
        return banner(candidate("周三会员日", WEDNESDAYS, now, GOLD_12, true), now);
    }

    private static MemberDayBannerRule.Candidate candidate(String name, MemberDaySchedule schedule, Instant now,
                                                           TierOffer offer, boolean own) {
        return new MemberDayBannerRule.Candidate(name, MemberDayCalendar.nextMemberDay(schedule, SHANGHAI, now),
                offer, own);
    }

    private static Instant shanghai(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
    }
}
