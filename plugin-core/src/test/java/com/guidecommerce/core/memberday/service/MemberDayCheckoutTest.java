package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.memberday.workflow.MemberDayCheckoutException;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
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
import javax.annotation.Resource;

import static com.guidecommerce.core.memberday.service.MemberDayFixtures.clockAt;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.comingWednesday;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.percentOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.wednesdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Submitting member-day carts through Broadleaf's checkout: the plugin's activity re-checks the day, the tier and
 * the member's uses of the day, fails the checkout with a message key and prices the cart again without the
 * discount when one no longer holds.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberDayCheckoutTest {

    private static final LocalDate WEDNESDAY = comingWednesday();

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    BroadleafFixtures fixtures;
    MemberDayFixtures memberDays;
    AutoCloseable entityManagerInView;
    Product coat;

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(applicationContext);
        memberDays = new MemberDayFixtures(applicationContext);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.useYuanOnThisThread();
        new CommissionFixtures(applicationContext).ownMallChannel();
        coat = fixtures.product("Camel Coat", "800.00");
        memberDays.save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "2"));
    }

    @AfterEach
    void tearDown() throws Exception {
        memberDays.deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
        entityManagerInView.close();
    }

    @Test
    void shouldKeepTheDiscountOnTheSubmittedOrderAndTakeTheMembersUseOfTheDay() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Order cart = pricedCart(gold, WEDNESDAY, 20, 0);

        Order submitted = checkoutService.performCheckout(fixtures.payInFull(cart)).getOrder();

        assertEquals(OrderStatus.SUBMITTED, submitted.getStatus());
        assertEquals(1, submitted.getOrderAdjustments().size());
        assertEquals(0, new BigDecimal("720.00").compareTo(submitted.getTotal().getAmount()));
        assertEquals(1, usesOf(gold, WEDNESDAY));
    }

    @Test
    void shouldRefuseACartPricedBeforeMidnightAndSubmittedAfterItAndDropItsDiscount() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Order cart = fixtures.payInFull(pricedCart(gold, WEDNESDAY, 23, 59));
        assertEquals(1, cart.getOrderAdjustments().size());

        clockAt(WEDNESDAY.plusDays(1), 0, 0);
        CheckoutException failure = assertThrows(CheckoutException.class, () -> checkoutService.performCheckout(cart));

        assertEquals("gc.memberday.checkout.notMemberDay", refusal(failure).getMessageKey());
        Order repriced = orderService.findOrderById(cart.getId());
        assertEquals(OrderStatus.IN_PROCESS, repriced.getStatus());
        assertEquals(0, repriced.getOrderAdjustments().size());
        assertEquals(0, new BigDecimal("800.00").compareTo(repriced.getTotal().getAmount()));
        assertEquals(0, usesOf(gold, WEDNESDAY));
    }

    @Test
    void shouldRefuseTheDiscountWhenTheMembersTierChangedSincePricing() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Order cart = fixtures.payInFull(pricedCart(gold, WEDNESDAY, 10, 0));

        memberDays.withTier(gold, "SILVER");
        CheckoutException failure = assertThrows(CheckoutException.class, () -> checkoutService.performCheckout(cart));

        assertEquals(MemberDayError.TIER_CHANGED, refusal(failure).getError());
        assertEquals(0, usesOf(gold, WEDNESDAY));
    }

    @Test
    void shouldDiscountOneOrderAMemberDayAndAgainTheNextWeek() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        checkoutService.performCheckout(fixtures.payInFull(pricedCart(gold, WEDNESDAY, 9, 0)));

        Order secondSameDay = pricedCart(gold, WEDNESDAY, 18, 0);
        Order nextWeek = pricedCart(gold, WEDNESDAY.plusWeeks(1), 9, 0);

        assertEquals(0, secondSameDay.getOrderAdjustments().size());
        assertEquals(1, nextWeek.getOrderAdjustments().size());
        assertEquals(OrderStatus.SUBMITTED,
                checkoutService.performCheckout(fixtures.payInFull(nextWeek)).getOrder().getStatus());
        assertEquals(1, usesOf(gold, WEDNESDAY));
        assertEquals(1, usesOf(gold, WEDNESDAY.plusWeeks(1)));
    }

    @Test
    void shouldDiscountAsManyOrdersADayAsTheCampaignAllows() throws Exception {
        MemberDayCampaign twiceADay = percentOff(wednesdays(WEDNESDAY), "SILVER", "5", "1");
        twiceADay.setUsesPerDay(2);
        memberDays.save(twiceADay);
        Customer silver = memberDays.withTier(fixtures.registeredCustomer(), "SILVER");

        checkoutService.performCheckout(fixtures.payInFull(pricedCart(silver, WEDNESDAY, 9, 0)));
        checkoutService.performCheckout(fixtures.payInFull(pricedCart(silver, WEDNESDAY, 10, 0)));
        Order third = pricedCart(silver, WEDNESDAY, 11, 0);

        assertEquals(2, usesOf(silver, WEDNESDAY));
        assertEquals(0, third.getOrderAdjustments().size());
    }

    @Test
    void shouldRefuseASecondDiscountedCartPricedBeforeTheFirstWasSubmitted() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Order first = fixtures.payInFull(pricedCart(gold, WEDNESDAY, 9, 0));
        Order second = fixtures.payInFull(pricedCart(gold, WEDNESDAY, 9, 5));
        checkoutService.performCheckout(first);

        CheckoutException failure = assertThrows(CheckoutException.class,
                () -> checkoutService.performCheckout(second));

        assertEquals("gc.memberday.checkout.limitUsed", refusal(failure).getMessageKey());
        assertEquals(0, orderService.findOrderById(second.getId()).getOrderAdjustments().size());
        assertEquals(1, usesOf(gold, WEDNESDAY));
    }

    @Test
    void shouldGiveTheUseBackWhenALaterCheckoutStepFails() throws Exception {
        Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
        Order unpaid = pricedCart(gold, WEDNESDAY, 11, 0);

        assertThrows(CheckoutException.class, () -> checkoutService.performCheckout(unpaid));

        assertEquals(0, usesOf(gold, WEDNESDAY));
        assertEquals(1, pricedCart(gold, WEDNESDAY, 11, 30).getOrderAdjustments().size());
    }

    private Order pricedCart(Customer customer, LocalDate day, int hour, int minute) throws Exception {
        clockAt(day, hour, minute);
        return orderService.save(fixtures.cartWith(customer, coat, 1), true);
    }

    private int usesOf(Customer customer, LocalDate day) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_USE WHERE CUSTOMER_ID = ? AND MEMBER_DAY = ?",
                Integer.class, customer.getId(), day.toString());
    }

    static MemberDayCheckoutException refusal(Throwable failure) {
        MemberDayCheckoutException refusal = MemberDayCheckoutException.findIn(failure);
        if (refusal == null) {
            throw new AssertionError("not refused for its member-day price", failure);
        }
        return refusal;
    }
}
