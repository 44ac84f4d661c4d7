package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import javax.annotation.Resource;

import static com.guidecommerce.core.memberday.service.MemberDayFixtures.comingWednesday;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.percentOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.pointsOnly;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.wednesdays;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Points multipliers of member days, as the points ledger asks for them (bean gcPointsMultipliers). */
@ExtendWith(BroadleafContextExtension.class)
class CampaignPointsMultipliersTest {

    private static final LocalDate WEDNESDAY = comingWednesday();

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "gcPointsMultipliers")
    PointsMultipliers multipliers;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    BroadleafFixtures fixtures;
    MemberDayFixtures memberDays;
    Long gold;

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(applicationContext);
        memberDays = new MemberDayFixtures(applicationContext);
        gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD").getId();
    }

    @AfterEach
    void tearDown() {
        memberDays.deleteAllCampaigns();
    }

    @Test
    void shouldMultiplyPointsOfOrdersPaidOnTheMemberDayInScope() {
        memberDays.save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "2"));

        assertEquals(0, new BigDecimal("2").compareTo(multiplier("OWN_MALL", null, WEDNESDAY, 0, 0)));
        assertEquals(0, new BigDecimal("2").compareTo(multiplier("POS", null, WEDNESDAY, 23, 59)));
        assertEquals(BigDecimal.ONE, multiplier("POS", null, WEDNESDAY.minusDays(1), 23, 59));
        assertEquals(BigDecimal.ONE, multiplier("POS", null, WEDNESDAY.plusDays(1), 0, 0));
        assertEquals(BigDecimal.ONE, multiplier("TMALL", null, WEDNESDAY, 12, 0));
    }

    @Test
    void shouldGiveOneToATierTheCampaignDoesNotReward() {
        memberDays.save(percentOff(wednesdays(WEDNESDAY), "SILVER", "10", "2"));

        assertEquals(BigDecimal.ONE, multiplier("OWN_MALL", null, WEDNESDAY, 12, 0));
    }

    @Test
    void shouldTakeTheHighestMultiplierAndJudgeTheDayInTheOrdersStoreZone() {
        Store losAngeles = new OrganisationFixtures(applicationContext).store();
        losAngeles.setTimeZoneId("America/Los_Angeles");
        losAngeles = organisationService.saveStore(losAngeles);
        memberDays.save(pointsOnly(wednesdays(WEDNESDAY), "GOLD", "2"));
        com.guidecommerce.core.memberday.domain.MemberDayCampaign storeDay =
                pointsOnly(wednesdays(WEDNESDAY), "GOLD", "3");
        storeDay.setStores(losAngeles.getCode());
        memberDays.save(storeDay);

        // Wednesday 20:00 in Shanghai is Wednesday 04:00 in Los Angeles; Wednesday 08:00 is still Tuesday there.
        assertEquals(0, new BigDecimal("3").compareTo(multiplier("POS", losAngeles.getCode(), WEDNESDAY, 20, 0)));
        assertEquals(BigDecimal.ONE, multiplier("POS", losAngeles.getCode(), WEDNESDAY, 8, 0));
        assertEquals(0, new BigDecimal("2").compareTo(multiplier("POS", null, WEDNESDAY, 8, 0)));
    }

    private BigDecimal multiplier(String channel, String store, LocalDate day, int hour, int minute) {
        Date paidAt = Date.from(day.atTime(hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        return multipliers.multiplierFor(gold, channel, store, paidAt);
    }
}
