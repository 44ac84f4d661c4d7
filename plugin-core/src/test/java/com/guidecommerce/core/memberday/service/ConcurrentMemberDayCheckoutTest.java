package com.guidecommerce.core.memberday.service;

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

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static com.guidecommerce.core.memberday.service.MemberDayFixtures.clockAt;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.comingWednesday;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.percentOff;
import static com.guidecommerce.core.memberday.service.MemberDayFixtures.wednesdays;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A member with two discounted carts submits both at the same moment on a member day that allows one discounted
 * order: exactly one keeps the discount and one use is recorded. Meaningful on MySQL (GC_TEST_DB=mysql), where the
 * two checkouts really run in parallel connections.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentMemberDayCheckoutTest {

    private static final int ROUNDS = 4;
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

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(applicationContext);
        memberDays = new MemberDayFixtures(applicationContext);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.useYuanOnThisThread();
        new CommissionFixtures(applicationContext).ownMallChannel();
    }

    @AfterEach
    void tearDown() throws Exception {
        memberDays.deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
        entityManagerInView.close();
    }

    @Test
    void shouldDiscountExactlyOneOfTwoCheckoutsOfAMemberAtOnce() throws Exception {
        clockAt(WEDNESDAY, 12, 0);
        memberDays.save(percentOff(wednesdays(WEDNESDAY), "GOLD", "10", "1"));
        Product bag = fixtures.product("Leather Bag", "600.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer gold = memberDays.withTier(fixtures.registeredCustomer(), "GOLD");
                Order one = fixtures.payInFull(orderService.save(fixtures.cartWith(gold, bag, 1), true));
                Order other = fixtures.payInFull(orderService.save(fixtures.cartWith(gold, bag, 1), true));
                assertEquals(2, one.getOrderAdjustments().size() + other.getOrderAdjustments().size());

                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> first = pool.submit(checkoutAfter(start, one.getId()));
                Future<Boolean> second = pool.submit(checkoutAfter(start, other.getId()));
                start.countDown();
                boolean firstSubmitted = first.get(120, TimeUnit.SECONDS);
                boolean secondSubmitted = second.get(120, TimeUnit.SECONDS);

                assertEquals(1, (firstSubmitted ? 1 : 0) + (secondSubmitted ? 1 : 0), "one checkout went through");
                assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_USE"
                        + " WHERE CUSTOMER_ID = ?", Integer.class, gold.getId()));
                assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER o"
                        + " JOIN BLC_ORDER_ADJUSTMENT a ON a.ORDER_ID = o.ORDER_ID WHERE o.CUSTOMER_ID = ?"
                        + " AND o.ORDER_STATUS = ?", Integer.class, gold.getId(), OrderStatus.SUBMITTED.getType()));
                assertEquals(Integer.valueOf(0), jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER o"
                        + " JOIN BLC_ORDER_ADJUSTMENT a ON a.ORDER_ID = o.ORDER_ID WHERE o.CUSTOMER_ID = ?"
                        + " AND o.ORDER_STATUS <> ?", Integer.class, gold.getId(), OrderStatus.SUBMITTED.getType()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Boolean> checkoutAfter(CountDownLatch start, Long orderId) {
        return () -> {
            BroadleafFixtures threadFixtures = new BroadleafFixtures(applicationContext);
            try (AutoCloseable inView = threadFixtures.openEntityManagerInView()) {
                threadFixtures.useYuanOnThisThread();
                Order order = orderService.findOrderById(orderId);
                start.await();
                try {
                    return OrderStatus.SUBMITTED.equals(checkoutService.performCheckout(order).getOrder().getStatus());
                } catch (CheckoutException e) {
                    MemberDayCheckoutTest.refusal(e);
                    return false;
                }
            }
        };
    }
}
