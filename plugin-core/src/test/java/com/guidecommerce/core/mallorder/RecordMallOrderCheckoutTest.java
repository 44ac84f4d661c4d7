package com.guidecommerce.core.mallorder;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.channel.service.PaidOrder;
import com.guidecommerce.core.mallorder.service.MallOrderService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutResponse;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(BroadleafContextExtension.class)
class RecordMallOrderCheckoutTest {

    @Resource
    ApplicationContext applicationContext;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "gcMallOrderService")
    MallOrderService mallOrderService;

    @Resource(name = "gcChannelOrderService")
    ChannelOrderService channelOrderService;

    BroadleafFixtures fixtures;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(applicationContext);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.useYuanOnThisThread();
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    @Test
    void shouldRecordEverySubmittedOrderAsAPaidOwnMallOrderOfTheShopper() throws Exception {
        new CommissionFixtures(applicationContext).ownMallChannel();
        Customer shopper = fixtures.registeredCustomer();
        Product dress = fixtures.product("Linen Dress", "199.00");
        Order cart = fixtures.payInFull(fixtures.cartWith(shopper, dress, 2));

        CheckoutResponse response = checkoutService.performCheckout(cart);

        Order submitted = response.getOrder();
        assertEquals(OrderStatus.SUBMITTED, submitted.getStatus());
        List<PaidOrder> orders = paidOrdersOf(shopper);
        assertEquals(1, orders.size(), "the plugin's checkout activity recorded the order");
        assertEquals(Channel.OWN_MALL + "/" + submitted.getOrderNumber(), orders.get(0).getReference());
        assertEquals(0, new BigDecimal("398.00").compareTo(orders.get(0).getPaidAmount()));
        assertEquals(0, orders.get(0).getRefundedAmount().signum());
    }

    @Test
    void shouldChangeNothingWhenTheSameOrderIsRecordedAgain() throws Exception {
        new CommissionFixtures(applicationContext).ownMallChannel();
        Customer shopper = fixtures.registeredCustomer();
        Order cart = fixtures.payInFull(fixtures.cartWith(shopper, fixtures.product("Wool Scarf", "89.50"), 1));
        Order submitted = checkoutService.performCheckout(cart).getOrder();

        mallOrderService.recordChannelOrder(submitted, null, null);

        List<PaidOrder> orders = paidOrdersOf(shopper);
        assertEquals(1, orders.size());
        assertEquals(0, new BigDecimal("89.50").compareTo(orders.get(0).getPaidAmount()));
        JdbcTemplate jdbc = applicationContext.getBean("gcJdbcTemplate", JdbcTemplate.class);
        assertEquals(Arrays.asList("APPLIED", "DUPLICATE"), jdbc.queryForList("SELECT STATUS FROM GC_CHANNEL_EVENT"
                + " WHERE CHANNEL_CODE = 'OWN_MALL' AND ORDER_NO = ? ORDER BY EVENT_ID", String.class,
                submitted.getOrderNumber()));
    }

    @Test
    void shouldSendEverySubmittedOrderThroughTheCommissionPipelineAsAnOwnMallChannelOrder() throws Exception {
        new CommissionFixtures(applicationContext).ownMallChannel();
        Customer shopper = fixtures.registeredCustomer();
        Order cart = fixtures.payInFull(fixtures.cartWith(shopper, fixtures.product("Silk Shirt", "129.90"), 3));

        Order submitted = checkoutService.performCheckout(cart).getOrder();

        JdbcTemplate jdbc = applicationContext.getBean("gcJdbcTemplate", JdbcTemplate.class);
        Map<String, Object> order = jdbc.queryForMap("SELECT CUSTOMER_ID, PAID_AMOUNT, MATCH_STATUS FROM GC_CHANNEL_ORDER"
                + " WHERE CHANNEL_CODE = 'OWN_MALL' AND ORDER_NO = ?", submitted.getOrderNumber());
        assertEquals(shopper.getId(), ((Number) order.get("CUSTOMER_ID")).longValue());
        assertEquals(0, new BigDecimal("389.70").compareTo((BigDecimal) order.get("PAID_AMOUNT")));
        assertEquals("MATCHED", order.get("MATCH_STATUS"));
        assertEquals("APPLIED", jdbc.queryForObject("SELECT STATUS FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = 'OWN_MALL'"
                + " AND ORDER_NO = ? AND SOURCE = 'MALL'", String.class, submitted.getOrderNumber()));
    }

    private List<PaidOrder> paidOrdersOf(Customer shopper) {
        List<PaidOrder> orders = channelOrderService.findPaidOrdersSince(
                Collections.singletonMap(shopper.getId(), new Date(0L))).get(shopper.getId());
        return orders == null ? Collections.<PaidOrder>emptyList() : orders;
    }
}
