package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.common.PluginSecrets;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.LedgerRows;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collections;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channel ingest in the real context, once with the shipped placeholder secrets: it refuses every way in before
 * anything is stored, while the mall's checkout still completes.
 */
@ExtendWith(BroadleafContextExtension.class)
class IngestWithoutSecretsTest {

    private static final PluginSecrets PLACEHOLDERS = new PluginSecrets("change-me-guide-commerce-share-secret",
            "change-me-guide-commerce-phone-salt");

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestServiceImpl configuredIngest;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "gcChannelOrderService")
    ChannelOrderService channelOrderService;

    private JdbcTemplate jdbc;
    private Channel tmall;
    private ChannelIngestServiceImpl ingest;

    @BeforeEach
    void setUp() {
        CommissionFixtures commission = new CommissionFixtures(context);
        jdbc = commission.jdbc();
        tmall = commission.channel("NS", CommissionStart.PAID, 7, "ns-channel-secret");
        ingest = new ChannelIngestServiceImpl();
        context.getAutowireCapableBeanFactory().autowireBean(ingest);
        ingest.secrets = PLACEHOLDERS;
    }

    @Test
    void shouldRefuseAnEventFromTheApiAndStoreNothing() {
        ChannelException refused = assertThrows(ChannelException.class,
                () -> ingest.ingest(tmall, IngestSource.API, "{\"type\":\"ORDER_PAID\",\"orderNo\":\"NS-1\"}"));

        assertEquals(ChannelException.SECRETS_NOT_SET, refused.getCode());
        assertTrue(refused.getMessage().startsWith("gc.share.secret and gc.identity.phoneSalt are not set"),
                refused.getMessage());
        assertEquals(0, storedEvents());
    }

    @Test
    void shouldRefuseImportedEventsAndStoreNothing() {
        ChannelEvent paid = ChannelEvent.builder(EventType.ORDER_PAID, "NS-2").occurredAt(SystemTime.asDate())
                .memberNo("1").line(new EventLine("1", "tee", null, null, "T-shirt", 1, new BigDecimal("99.00"))).build();

        ChannelException refused = assertThrows(ChannelException.class,
                () -> ingest.ingestEvents(tmall, IngestSource.CSV, Collections.singletonList(paid)));

        assertEquals(ChannelException.SECRETS_NOT_SET, refused.getCode());
        assertEquals(0, storedEvents());
    }

    @Test
    void shouldNotApplyStoredDeliveriesAgain() {
        jdbc.update("INSERT INTO GC_CHANNEL_EVENT (EVENT_ID, RECEIVED_AT, CHANNEL_CODE, SOURCE, ORDER_NO, STATUS,"
                + " PAYLOAD) VALUES (?, ?, ?, 'API', 'NS-3', 'RECEIVED', '{}')", LedgerRows.nextId(),
                new Timestamp(SystemTime.asMillis()), tmall.getCode());

        ChannelException refused = assertThrows(ChannelException.class, () -> ingest.processAgain(tmall, 10));

        assertEquals(ChannelException.SECRETS_NOT_SET, refused.getCode());
        assertEquals("RECEIVED", jdbc.queryForObject("SELECT STATUS FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ?",
                String.class, tmall.getCode()));
        assertEquals(Long.valueOf(1), ingest.unappliedCounts().get(tmall.getCode()), "the page can still list them");
    }

    @Test
    void shouldLetTheMallSellWhileTheOwnMallOrderEarnsNoCommission() throws Exception {
        BroadleafFixtures fixtures = new BroadleafFixtures(context);
        new CommissionFixtures(context).ownMallChannel();
        Customer shopper = fixtures.registeredCustomer();
        Order submitted;
        PluginSecrets configured = configuredIngest.secrets;
        // The view's end clears the thread's request context; later tests in this JVM get back the one they had.
        BroadleafRequestContext threadsContext = BroadleafRequestContext.getBroadleafRequestContext();
        try (AutoCloseable view = fixtures.openEntityManagerInView()) {
            fixtures.useYuanOnThisThread();
            Order cart = fixtures.payInFull(fixtures.cartWith(shopper, fixtures.product("Cotton Tee", "59.00"), 1));
            configuredIngest.secrets = PLACEHOLDERS;
            submitted = checkoutService.performCheckout(cart).getOrder();
        } finally {
            configuredIngest.secrets = configured;
            BroadleafRequestContext.setBroadleafRequestContext(threadsContext);
        }

        assertEquals(OrderStatus.SUBMITTED, submitted.getStatus());
        assertEquals(submitted.getId(), orderService.findOrderByOrderNumber(submitted.getOrderNumber()).getId(),
                "Broadleaf keeps the order");
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL_EVENT"
                + " WHERE CHANNEL_CODE = 'OWN_MALL' AND ORDER_NO = ?", Integer.class, submitted.getOrderNumber()));
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL_ORDER"
                + " WHERE CHANNEL_CODE = 'OWN_MALL' AND ORDER_NO = ?", Integer.class, submitted.getOrderNumber()));
        assertTrue(channelOrderService.findMembersWithPaidOrder(Collections.singleton(shopper.getId())).isEmpty(),
                "an order the plugin did not record is no purchase");
    }

    private int storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ?", Integer.class,
                tmall.getCode());
    }
}
