package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.processor.OfferTimeZoneProcessor;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.TimeZone;
import javax.annotation.Resource;

import static com.guidecommerce.core.memberday.service.MemberDayFixtures.amountOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.clockAt;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.comingWednesday;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.percentOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.wednesdays;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Member-day prices on real Broadleaf carts, with the JVM in UTC and the mall in Shanghai: the discount is an
 * ordinary Broadleaf order adjustment from 00:00 to 23:59 of Wednesday in Shanghai, for the member's tier only.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberDayPricingTest {

    private static final LocalDate WEDNESDAY = comingWednesday();

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "gcMemberDayService")
    MemberDayService memberDayService;

    @Resource(name = "blOfferTimeZoneProcessor")
    OfferTimeZoneProcessor offerTimeZone;

    BroadleafFixtures fixtures;
    MemberDayFixtures memberDays;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(applicationContext);
        memberDays = new MemberDayFixtures(applicationContext);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.useYuanOnThisThread();
    }

    @AfterEach
    void tearDown() throws Exception {
        memberDays.deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
        entityManagerInView.close();
    }

    @Test
    void shouldRunInUtcWithTheMallInShanghai() {
        assertEquals("UTC", TimeZone.getDefault().getID());
        assertEquals(MemberDayFixtures.SHANGHAI, memberDayService.mallZone());
    }

    @Test
    void shouldDiscountAGoldCartFromMidnightToMidnightOfWednesdayInShanghai() throws Exception {
        memberDays.save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "2"));
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Order cart = fixtures.cartWith(gold, fixtures.product("Cashmere Coat", "500.00"), 1);

        assertEquals("0.00", discountAt(cart, WEDNESDAY.minusDays(1), 23, 59));
        assertEquals("50.00", discountAt(cart, WEDNESDAY, 0, 0));
        assertEquals("50.00", discountAt(cart, WEDNESDAY, 23, 59));
        assertEquals("0.00", discountAt(cart, WEDNESDAY.plusDays(1), 0, 0));
    }

    @Test
    void shouldShowTheDiscountAsAnOrdinaryBroadleafOrderAdjustment() throws Exception {
        memberDays.save(amountOff(wednesdays(WEDNESDAY), "GOLD", "30", "1"));
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        clockAt(WEDNESDAY, 12, 0);
        Order cart = fixtures.cartWith(gold, fixtures.product("Silk Scarf", "120.00"), 2);

        Order priced = orderService.save(cart, true);

        assertEquals(1, priced.getOrderAdjustments().size());
        assertEquals(0, new BigDecimal("30.00").compareTo(priced.getOrderAdjustments().get(0).getValue().getAmount()));
        assertEquals(0, new BigDecimal("210.00").compareTo(priced.getSubTotal().subtract(
                priced.getOrderAdjustmentsValue()).getAmount()));
    }

    @Test
    void shouldLetNoShopperTimeZoneMoveWednesday() throws Exception {
        memberDays.save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "1"));
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Order cart = fixtures.cartWith(gold, fixtures.product("Wool Beret", "200.00"), 1);

        // In Los Angeles Wednesday 00:30 in Shanghai is still Tuesday; in Tokyo Tuesday 23:30 is already Wednesday.
        BroadleafRequestContext.getBroadleafRequestContext().setTimeZone(TimeZone.getTimeZone("America/Los_Angeles"));
        assertEquals("20.00", discountAt(cart, WEDNESDAY, 0, 30));
        BroadleafRequestContext.getBroadleafRequestContext().setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
        assertEquals("0.00", discountAt(cart, WEDNESDAY.minusDays(1), 23, 30));
        assertEquals("Asia/Shanghai", offerTimeZone.getTimeZone(null).getID());
    }

    @Test
    void shouldJudgeBroadleafsOwnTimeRulesInTheMallsZoneWhateverTheRequestSays() throws Exception {
        Offer wednesdayOffer = memberDays.wednesdayTimeRuleOffer(WEDNESDAY.minusWeeks(1), "25");
        try {
            Order cart = fixtures.cartWith(fixtures.registeredCustomer(), fixtures.product("Felt Hat", "100.00"), 1);

            BroadleafRequestContext.getBroadleafRequestContext()
                    .setTimeZone(TimeZone.getTimeZone("America/Los_Angeles"));
            assertEquals("25.00", discountAt(cart, WEDNESDAY, 0, 30));
            BroadleafRequestContext.getBroadleafRequestContext().setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
            assertEquals("0.00", discountAt(cart, WEDNESDAY.minusDays(1), 23, 30));
        } finally {
            memberDays.archive(wednesdayOffer);
        }
    }

    @Test
    void shouldGiveEachTierItsOwnBenefitAndATierWithoutOneNothing() throws Exception {
        memberDays.save(percentOff(percentOff(wednesdays(WEDNESDAY), "GOLD", "20", "3"), "SILVER", "10", "2"));
        Product dress = fixtures.product("Linen Dress", "300.00");
        Order silverCart = fixtures.cartWith(memberDays.withTier(fixtures.registeredCustomer(), "SILVER"), dress, 1);
        Order newCart = fixtures.cartWith(memberDays.withTier(fixtures.registeredCustomer(), "NEW"), dress, 1);
        Order goldCart = fixtures.cartWith(memberDays.withTier(fixtures.registeredCustomer(), "GOLD"), dress, 1);

        assertEquals("30.00", discountAt(silverCart, WEDNESDAY, 10, 0));
        assertEquals("0.00", discountAt(newCart, WEDNESDAY, 10, 0));
        assertEquals("60.00", discountAt(goldCart, WEDNESDAY, 10, 0));
    }

    @Test
    void shouldDiscountOnlyOrdersReachingTheMinimumAmount() throws Exception {
        Product shirt = fixtures.product("Oxford Shirt", "199.99");
        memberDays.save(minimum(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "1"), "200"));
        Order small = fixtures.cartWith(memberDays.withTier(fixtures.registeredCustomer(), "GOLD"), shirt, 1);
        Order large = fixtures.cartWith(memberDays.withTier(fixtures.registeredCustomer(), "GOLD"), shirt, 2);

        assertEquals("0.00", discountAt(small, WEDNESDAY, 9, 0));
        assertEquals("40.00", discountAt(large, WEDNESDAY, 9, 0));
    }

    private static MemberDayCampaign minimum(MemberDayCampaign campaign, String amount) {
        campaign.setMinimumOrderAmount(new BigDecimal(amount));
        return campaign;
    }

    /** Prices the cart with Broadleaf's clock at the Shanghai wall-clock time; the order discount, two decimals. */
    private String discountAt(Order cart, LocalDate day, int hour, int minute) throws Exception {
        clockAt(day, hour, minute);
        Order priced = orderService.save(orderService.findOrderById(cart.getId()), true);
        return priced.getOrderAdjustmentsValue().getAmount().setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
