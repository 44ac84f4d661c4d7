package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.order.OrderListeners;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.jdbc.RowInserts;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.CountingOrderListener;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A listener a host adds (declared in a Spring file, as {@link CountingOrderListener} is in the test context) hears
 * each fact of a stream exactly once: an order sent twice, a refund before its order, a completion sent twice, an
 * order of an unknown buyer identified later by HQ, and a batch that failed once and was applied again in parts.
 */
@ExtendWith(BroadleafContextExtension.class)
class OrderListenerContractTest {

    private static final String PAID_AT = OffsetDateTime.now().plusHours(1).withNano(0).toString();
    private static final String LATER = OffsetDateTime.now().plusDays(1).withNano(0).toString();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcIdentityService")
    IdentityService identityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcTestCountingOrderListener")
    CountingOrderListener listener;

    @Test
    void shouldTellAHostsListenerEachFactOnceWhateverTheChannelSentTwiceOrLate() {
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        Channel channel = commission.channel("LS", CommissionStart.PAID, 7, "ls-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Customer member = organisation.member();
        bindingService.bind(member, organisation.guide(organisation.franchisedStore()), BindingSource.STORE_QR,
                "shopper", null);
        String orderA = paid("LA", "\"memberNo\":\"" + member.getId() + "\"", "60.00", "40.00");

        ingestService.ingest(channel, IngestSource.API, refund("LA", "R1", "10.00"));
        ingestService.ingestAll(channel, IngestSource.API, Arrays.asList(orderA, orderA, completed("LA")));
        ingestService.ingest(channel, IngestSource.API, completed("LA"));
        ingestService.ingest(channel, IngestSource.API, paid("LB", "\"buyerId\":\"tb-late-buyer\"", "30.00"));
        identityService.identify(orderId(channel, "LB"), member.getId(), "hq-admin");
        failingOnce().ingest(channel, IngestSource.API,
                Arrays.asList(paid("LC", "\"memberNo\":\"" + member.getId() + "\"", "20.00"), completed("LC")));

        assertEquals(Arrays.asList(
                "PAID LA member=" + member.getId() + " lines=2",
                "REFUNDED LA member=" + member.getId() + " lines=2",
                "COMPLETED LA member=" + member.getId() + " lines=0",
                "PAID LB member=null lines=1",
                "IDENTIFIED LB member=" + member.getId() + " lines=1",
                "PAID LC member=" + member.getId() + " lines=1",
                "COMPLETED LC member=" + member.getId() + " lines=0"), listener.factsOf(channel.getCode()));
    }

    /** The real pipeline and listeners, whose first batch fails once its orders are written (and so rolls back). */
    private IngestPipeline failingOnce() {
        JdbcTemplate jdbc = context.getBean("gcJdbcTemplate", JdbcTemplate.class);
        RowInserts inserts = context.getBean("gcRowInserts", RowInserts.class);
        final boolean[] failed = {false};
        OrderStore orders = new OrderStore(jdbc, inserts) {
            @Override
            void flush(Collection<OrderState> states) {
                super.flush(states);
                if (!failed[0]) {
                    failed[0] = true;
                    throw new DuplicateKeyException("a concurrent batch wrote a key first");
                }
            }
        };
        return new IngestPipeline(new EventStore(jdbc, inserts), orders,
                context.getBean("blTransactionManager", PlatformTransactionManager.class),
                context.getBean("gcIdBlocks", IdBlocks.class), context.getBean("gcIngestSettings", IngestSettings.class),
                context.getBean("gcOrderListeners", OrderListeners.class));
    }

    private Long orderId(Channel channel, String orderNo) {
        return context.getBean("gcJdbcTemplate", JdbcTemplate.class).queryForObject("SELECT CHANNEL_ORDER_ID FROM"
                + " GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ? AND ORDER_NO = ?", Long.class, channel.getCode(), orderNo);
    }

    private static String paid(String orderNo, String buyer, String... amounts) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < amounts.length; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"lineNo\":\"").append(i + 1).append("\",\"paidAmount\":\"")
                    .append(amounts[i]).append("\"}");
        }
        return "{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + PAID_AT + "\","
                + "\"buyer\":{" + buyer + "},\"lines\":[" + lines + "]}";
    }

    private static String completed(String orderNo) {
        return "{\"type\":\"ORDER_COMPLETED\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + LATER + "\"}";
    }

    private static String refund(String orderNo, String refundNo, String amount) {
        return "{\"type\":\"REFUND\",\"orderNo\":\"" + orderNo + "\",\"refundNo\":\"" + refundNo + "\","
                + "\"occurredAt\":\"" + LATER + "\",\"lines\":[{\"lineNo\":\"1\",\"amount\":\"" + amount + "\"}]}";
    }
}
