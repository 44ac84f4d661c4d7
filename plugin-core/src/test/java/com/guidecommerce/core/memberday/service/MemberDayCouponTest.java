package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.Resource;

import static com.guidecommerce.core.memberday.service.MemberDayFixtures.SHANGHAI;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.clockAt;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.comingWednesday;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.percentOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.pointsOnly;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.wednesdays;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.withCoupon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Member-day coupons (会员日领券) inside real Broadleaf: the claim on the member day, the code on the member's priced
 * cart, a second claim, the day after, another customer's cart, a tier without coupon. The mall is in Shanghai.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberDayCouponTest {

    private static final LocalDate WEDNESDAY = comingWednesday();

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "gcMemberDayService")
    MemberDayService memberDayService;

    @Resource(name = "blOfferService")
    OfferService offerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    BroadleafFixtures fixtures;
    MemberDayFixtures memberDays;
    AutoCloseable entityManagerInView;
    Long couponOfferId;
    Long campaignId;

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(applicationContext);
        memberDays = new MemberDayFixtures(applicationContext);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.useYuanOnThisThread();
        new CommissionFixtures(applicationContext).ownMallChannel();
        clockAt(WEDNESDAY, 10, 0);
        couponOfferId = memberDays.couponOffer("30.00");
        campaignId = memberDays.save(pointsOnly(withCoupon(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "2"),
                "GOLD", couponOfferId), "SILVER", "1.5")).getId();
    }

    @AfterEach
    void tearDown() throws Exception {
        memberDays.deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
        entityManagerInView.close();
    }

    private Map<Long, BigDecimal> adjustmentsByOffer(Order order) {
        Map<Long, BigDecimal> adjustments = new HashMap<Long, BigDecimal>();
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            adjustments.put(adjustment.getOffer().getId(), adjustment.getValue().getAmount());
        }
        return adjustments;
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    private int claimRows(Customer member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_COUPON WHERE CUSTOMER_ID = ?", Integer.class,
                member.getId());
    }

    @Test
    void shouldIssueOneCodeOnTheMemberDayThatPricesTheMembersCartWithTheCouponOffer() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Product bag = fixtures.product("Coupon Bag " + gold.getId(), "600.00");

        CouponClaimResult result = memberDayService.claimCoupon(gold.getId(), campaignId, SystemTime.asDate());

        assertFalse(result.isRefused());
        assertTrue(result.isIssuedNow());
        CouponClaim claim = result.getClaim();
        assertEquals(WEDNESDAY, claim.getMemberDay());
        assertEquals("GOLD", claim.getTierCode());
        assertTrue(claim.getCode().startsWith("MD"));
        OfferCode code = offerService.lookupOfferCodeByCode(claim.getCode());
        assertEquals(couponOfferId, code.getOffer().getId());
        assertEquals(claim.getOfferCodeId(), code.getId());
        assertEquals(1, code.getMaxUses());
        assertEquals(Date.from(WEDNESDAY.atStartOfDay(SHANGHAI).toInstant()), code.getStartDate());
        Date endOfDay = Date.from(WEDNESDAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant().minusSeconds(1));
        assertEquals(endOfDay, code.getEndDate());
        assertEquals(endOfDay, claim.getValidUntil());

        Order cart = fixtures.cartWith(gold, bag, 1);

        Map<Long, BigDecimal> adjustments = adjustmentsByOffer(cart);
        assertTrue(adjustments.containsKey(couponOfferId), "the coupon's adjustment on the member's cart: "
                + adjustments);
        assertMoney("30.00", adjustments.get(couponOfferId));
        assertEquals(2, adjustments.size(), "the tier's member-day discount as well");
        assertEquals(claim.getOfferCodeId(), cart.getAddedOfferCodes().get(0).getId());
    }

    @Test
    void shouldCountTheCouponUsedAtCheckoutSoItPricesNoSecondOrder() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Product bag = fixtures.product("Coupon Bag " + gold.getId(), "600.00");
        memberDayService.claimCoupon(gold.getId(), campaignId, SystemTime.asDate());
        Order cart = fixtures.cartWith(gold, bag, 1);

        Order submitted = checkoutService.performCheckout(fixtures.payInFull(cart)).getOrder();

        assertEquals(OrderStatus.SUBMITTED, submitted.getStatus());
        assertTrue(adjustmentsByOffer(submitted).containsKey(couponOfferId));
        Order nextCart = fixtures.cartWith(gold, bag, 1);
        assertFalse(adjustmentsByOffer(nextCart).containsKey(couponOfferId), "a used coupon prices nothing more");
    }

    @Test
    void shouldAnswerTheSameCodeToASecondClaimOfTheDay() {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        CouponClaim first = memberDayService.claimCoupon(gold.getId(), campaignId, SystemTime.asDate()).getClaim();
        clockAt(WEDNESDAY, 23, 59);

        CouponClaimResult second = memberDayService.claimCoupon(gold.getId(), campaignId, SystemTime.asDate());

        assertFalse(second.isRefused());
        assertFalse(second.isIssuedNow());
        assertEquals(first.getCode(), second.getClaim().getCode());
        assertEquals(first.getCode(), memberDayService.couponOf(gold.getId(), campaignId, SystemTime.asDate())
                .getCode());
        assertEquals(1, claimRows(gold));
        assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM BLC_OFFER_CODE WHERE OFFER_ID = ?",
                Integer.class, couponOfferId));
    }

    @Test
    void shouldRefuseAClaimTheDayAfterAndNoLongerPutTheCodeOnTheCart() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Product bag = fixtures.product("Coupon Bag " + gold.getId(), "600.00");
        memberDayService.claimCoupon(gold.getId(), campaignId, SystemTime.asDate());
        Date thursday = clockAt(WEDNESDAY.plusDays(1), 0, 0);

        CouponClaimResult late = memberDayService.claimCoupon(gold.getId(), campaignId, thursday);

        assertTrue(late.isRefused());
        assertEquals(MemberDayError.NOT_MEMBER_DAY, late.getRefusal());
        assertNull(memberDayService.couponOf(gold.getId(), campaignId, thursday));
        assertTrue(memberDayService.openCouponCodeIds(gold.getId(), thursday).isEmpty());
        Order cart = fixtures.cartWith(gold, bag, 1);
        assertTrue(cart.getOrderAdjustments().isEmpty(), "no coupon and no member-day discount on Thursday");
        assertMoney("600.00", cart.getTotal().getAmount());
        assertEquals(1, claimRows(gold));
    }

    @Test
    void shouldRefuseTheCouponCodeOnAnotherCustomersCart() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Customer other = fixtures.registeredCustomer();
        Product bag = fixtures.product("Coupon Bag " + other.getId(), "600.00");
        CouponClaim claim = memberDayService.claimCoupon(gold.getId(), campaignId, SystemTime.asDate()).getClaim();
        OfferCode code = offerService.lookupOfferCodeByCode(claim.getCode());

        Order othersCart = orderService.addOfferCode(fixtures.cartWith(other, bag, 1), code, true);

        assertTrue(othersCart.getAddedOfferCodes().isEmpty(), "the code was taken off the other customer's cart");
        assertTrue(othersCart.getOrderAdjustments().isEmpty());
        assertMoney("600.00", othersCart.getTotal().getAmount());
        assertTrue(adjustmentsByOffer(fixtures.cartWith(gold, bag, 1)).containsKey(couponOfferId),
                "the member can still use it");
    }

    @Test
    void shouldRefuseATierWithoutCouponAndAMemberWithoutTier() {
        Customer silver = memberDays.withTier(fixtures.registeredCustomer(), "SILVER");
        Customer noTier = fixtures.registeredCustomer();

        CouponClaimResult silverClaim = memberDayService.claimCoupon(silver.getId(), campaignId, SystemTime.asDate());
        CouponClaimResult noTierClaim = memberDayService.claimCoupon(noTier.getId(), campaignId, SystemTime.asDate());

        assertEquals(MemberDayError.NO_COUPON, silverClaim.getRefusal());
        assertEquals(MemberDayError.NO_COUPON, noTierClaim.getRefusal());
        assertNull(memberDayService.couponOfferFor(silver.getId(), memberDayService.findCampaign(campaignId)));
        assertEquals(couponOfferId, memberDayService.couponOfferFor(
                memberDays.withTier(fixtures.registeredCustomer(), "GOLD").getId(),
                memberDayService.findCampaign(campaignId)));
        assertEquals(0, claimRows(silver) + claimRows(noTier));
    }

    @Test
    void shouldGiveACouponNarrowedToATagOnlyToMembersHoldingIt() throws Exception {
        setAudience("GOLD", "FIRST_PURCHASE");
        Customer buyer = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Customer newcomer = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        ChannelOrderFixtures orders = new ChannelOrderFixtures(applicationContext);
        orders.paid(new CommissionFixtures(applicationContext).channel("TM", CommissionStart.COMPLETED, 7, "tm-secret"),
                buyer, "TM-AUD-" + buyer.getId(), "80.00");

        assertNull(memberDayService.couponOfferFor(newcomer.getId(), memberDayService.findCampaign(campaignId)),
                "not offered to a member without the tag");
        assertEquals(MemberDayError.NOT_IN_AUDIENCE,
                memberDayService.claimCoupon(newcomer.getId(), campaignId, SystemTime.asDate()).getRefusal());
        assertEquals(couponOfferId,
                memberDayService.couponOfferFor(buyer.getId(), memberDayService.findCampaign(campaignId)));
        CouponClaimResult claim = memberDayService.claimCoupon(buyer.getId(), campaignId, SystemTime.asDate());
        assertNull(claim.getRefusal());
        assertEquals(1, claimRows(buyer));
        assertEquals(0, claimRows(newcomer));
    }

    @Test
    void shouldRefuseAnAudienceNoTagNames() {
        assertNull(memberDayService.couponAudienceRefusal(null));
        assertNull(memberDayService.couponAudienceRefusal("DORMANT"));
        assertNull(memberDayService.couponAudienceRefusal("SPEND_BAND=HIGH"));
        assertEquals(MemberDayError.COUPON_AUDIENCE_UNKNOWN, memberDayService.couponAudienceRefusal("SPEND_BAND=HUGE"));
        assertEquals(MemberDayError.COUPON_AUDIENCE_UNKNOWN, memberDayService.couponAudienceRefusal("VIP"));
    }

    /** As HQ chooses an audience on the benefit's form; the entity manager of the test's request is opened anew. */
    private void setAudience(String tier, String audience) throws Exception {
        jdbc.update("UPDATE GC_MEMBER_DAY_BENEFIT SET COUPON_AUDIENCE = ? WHERE CAMPAIGN_ID = ? AND TIER_CODE = ?",
                audience, campaignId, tier);
        entityManagerInView.close();
        entityManagerInView = fixtures.openEntityManagerInView();
    }

    @Test
    void shouldAcceptOnlyAnExistingCodeDeliveredOfferAsCouponOffer() {
        Long automatic = memberDayService.findBenefit(memberDayService.benefitsOf(campaignId).stream()
                .filter(b -> "GOLD".equals(b.getTierCode())).findFirst().get().getId()).getOfferId();

        assertNull(memberDayService.couponOfferRefusal(couponOfferId));
        assertNull(memberDayService.couponOfferRefusal(null));
        assertEquals(MemberDayError.COUPON_OFFER_NOT_CODE, memberDayService.couponOfferRefusal(automatic));
        assertEquals(MemberDayError.COUPON_OFFER_MISSING, memberDayService.couponOfferRefusal(-4242L));
    }
}
