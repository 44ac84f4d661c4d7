package com.guidecommerce.core.points.workflow;

import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.points.service.PointsService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.FailingCheckoutActivity;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Points spent in a real own-mall checkout: a GC_POINTS payment on the Broadleaf order, taken and given back. */
@ExtendWith(BroadleafContextExtension.class)
class PointsCheckoutTest {

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "gcPointsService")
    PointsService points;

    @Resource(name = "gcPointsCheckout")
    PointsCheckout pointsCheckout;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    BroadleafFixtures fixtures;
    AutoCloseable entityManagerInView;
    Customer shopper;

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(applicationContext);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.useYuanOnThisThread();
        new CommissionFixtures(applicationContext).ownMallChannel();
        shopper = fixtures.registeredCustomer();
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    @Test
    void shouldPayPartOfAnOrderWithPointsAsAPaymentOfTheBroadleafOrder() throws Exception {
        points.adjust(shopper.getId(), 1000L, "welcome gift", "hq-admin");
        Order cart = fixtures.cartWith(shopper, fixtures.product("Points Dress", "100.00"), 1);
        pointsCheckout.usePoints(cart, 500L);
        cart = fixtures.pay(orderService.save(cart, false), pointsCheckout.remainingToPay(cart));

        Order submitted = checkoutService.performCheckout(cart).getOrder();

        assertEquals(OrderStatus.SUBMITTED, submitted.getStatus());
        List<OrderPayment> pointsPayments = pointsPaymentsOf(orderService.findOrderById(submitted.getId()));
        assertEquals(1, pointsPayments.size());
        assertEquals(0, new BigDecimal("5.00").compareTo(pointsPayments.get(0).getAmount().getAmount()));
        assertEquals("500", pointsPayments.get(0).getReferenceNumber());
        assertEquals(Arrays.asList(-500L), jdbc.queryForList("SELECT POINTS FROM GC_POINTS_ENTRY WHERE KIND = 'REDEEM'"
                + " AND BL_ORDER_ID = ?", Long.class, submitted.getId()));
        assertEquals(500L, points.balanceOf(shopper.getId()).getAvailable());
        assertEquals(100L, points.balanceOf(shopper.getId()).getPending(), "the mall order earns through the stream");
        assertFalse(points.balanceMismatches().containsKey(shopper.getId()));
    }

    @Test
    void shouldGiveThePointsBackWhenTheCheckoutFailsAfterTakingThem() throws Exception {
        points.adjust(shopper.getId(), 1000L, "welcome gift", "hq-admin");
        Order cart = fixtures.cartWith(shopper, fixtures.product("Failing Coat", "300.00"), 1);
        pointsCheckout.usePoints(cart, 800L);
        Order paid = fixtures.pay(orderService.save(cart, false), pointsCheckout.remainingToPay(cart));
        FailingCheckoutActivity.failCheckoutOf(paid.getId());

        assertThrows(CheckoutException.class, () -> checkoutService.performCheckout(paid));

        assertEquals(Arrays.asList(-800L, 800L), jdbc.queryForList("SELECT POINTS FROM GC_POINTS_ENTRY"
                + " WHERE BL_ORDER_ID = ? ORDER BY POINTS", Long.class, paid.getId()));
        assertEquals(1000L, points.balanceOf(shopper.getId()).getAvailable());
        assertFalse(points.balanceMismatches().containsKey(shopper.getId()));
    }

    @Test
    void shouldTakeNoPointsWhenTheOtherPaymentsDoNotCoverTheRest() throws Exception {
        points.adjust(shopper.getId(), 1000L, "welcome gift", "hq-admin");
        Order cart = fixtures.cartWith(shopper, fixtures.product("Unpaid Coat", "300.00"), 1);
        pointsCheckout.usePoints(cart, 800L);
        Order unpaid = orderService.save(cart, false);

        assertThrows(CheckoutException.class, () -> checkoutService.performCheckout(unpaid));

        assertEquals(0, jdbc.queryForList("SELECT POINTS FROM GC_POINTS_ENTRY WHERE BL_ORDER_ID = ?", Long.class,
                unpaid.getId()).size());
        assertEquals(1000L, points.balanceOf(shopper.getId()).getAvailable());
    }

    @Test
    void shouldRefuseMorePointsThanTheMemberHasOrTheOrderMayTake() throws Exception {
        points.adjust(shopper.getId(), 10000L, "welcome gift", "hq-admin");
        Order cart = fixtures.cartWith(shopper, fixtures.product("Share Scarf", "100.00"), 1);

        PointsException aboveShare = assertThrows(PointsException.class, () -> pointsCheckout.usePoints(cart, 5001L));
        PointsException tooMany = assertThrows(PointsException.class, () -> pointsCheckout.usePoints(cart, 20000L));

        assertEquals(PointsError.ABOVE_ORDER_SHARE, aboveShare.getError());
        assertEquals(PointsError.NOT_ENOUGH_POINTS, tooMany.getError());
        assertEquals(5000L, pointsCheckout.maxPointsFor(cart));
        pointsCheckout.usePoints(cart, 5000L);
        assertEquals(0, new BigDecimal("50.00").compareTo(pointsCheckout.remainingToPay(cart).getAmount()));
    }

    private static List<OrderPayment> pointsPaymentsOf(Order order) {
        List<OrderPayment> found = new ArrayList<OrderPayment>();
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive() && PointsPaymentType.GC_POINTS.equals(payment.getType())) {
                found.add(payment);
            }
        }
        return found;
    }
}
