package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.rule.MemberDayWindow;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.annotation.Resource;

import static com.guidecommerce.core.memberday.service.MemberDayFixtures.SHANGHAI;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.comingWednesday;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.percentOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.pointsOnly;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.wednesdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the storefront and the admin ask gcMemberDayService: the day's campaigns, the next member day, a tier's benefit. */
@ExtendWith(BroadleafContextExtension.class)
class MemberDayServiceTest {

    private static final LocalDate WEDNESDAY = comingWednesday();

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "gcMemberDayService")
    MemberDayService memberDayService;

    @AfterEach
    void tearDown() {
        new MemberDayFixtures(applicationContext).deleteAllCampaigns();
    }

    @Test
    void shouldListTheCampaignsOnAtAMomentForTheMallOrAStore() {
        MemberDayFixtures memberDays = new MemberDayFixtures(applicationContext);
        MemberDayCampaign everywhere = memberDays.save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "2"));
        MemberDayCampaign inOneStore = wednesdays(WEDNESDAY);
        inOneStore.setStores("HZ001");
        inOneStore = memberDays.save(pointsOnly(inOneStore, "GOLD", "3"));

        assertEquals(Collections.singletonList(everywhere.getId()), ids(memberDayService.activeCampaigns(null,
                at(WEDNESDAY, 0, 0))));
        assertEquals(Arrays.asList(everywhere.getId(), inOneStore.getId()),
                ids(memberDayService.activeCampaigns("HZ001", at(WEDNESDAY, 23, 59))));
        assertEquals(Collections.emptyList(), ids(memberDayService.activeCampaigns("HZ001",
                at(WEDNESDAY.plusDays(1), 0, 0))));
    }

    @Test
    void shouldCountDownToTheNextMemberDayInTheZoneAsked() {
        MemberDayCampaign campaign = new MemberDayFixtures(applicationContext)
                .save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "2"));

        MemberDayWindow next = memberDayService.nextMemberDay(campaign, SHANGHAI, at(WEDNESDAY.minusDays(1), 20, 0));
        MemberDayWindow underWay = memberDayService.nextMemberDay(campaign, SHANGHAI, at(WEDNESDAY, 20, 0));

        assertEquals(WEDNESDAY, next.getDay());
        assertEquals(at(WEDNESDAY, 0, 0).toInstant(), next.getStart());
        assertEquals(WEDNESDAY, underWay.getDay());
        assertEquals(at(WEDNESDAY.plusDays(1), 0, 0).toInstant(), underWay.getEnd());
        assertEquals(WEDNESDAY.plusWeeks(1), memberDayService.nextMemberDay(campaign, SHANGHAI,
                at(WEDNESDAY.plusDays(1), 0, 0)).getDay());
    }

    @Test
    void shouldGiveATiersBenefitAndNothingToATierWithout() {
        MemberDayCampaign campaign = new MemberDayFixtures(applicationContext)
                .save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "2"));

        assertEquals(0, new BigDecimal("2").compareTo(memberDayService.benefitFor(campaign, "GOLD")
                .getPointsMultiplier()));
        assertNull(memberDayService.benefitFor(campaign, "NEW"));
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private static List<Long> ids(List<MemberDayCampaign> campaigns) {
        List<Long> ids = new ArrayList<Long>();
        for (MemberDayCampaign campaign : campaigns) {
            ids.add(campaign.getId());
        }
        return ids;
    }
}
