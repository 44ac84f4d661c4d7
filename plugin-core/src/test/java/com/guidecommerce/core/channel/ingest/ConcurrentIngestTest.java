package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.IngestInvariants;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deliveries of the same orders racing one another on many threads, the way a busy channel sends them: every order's
 * payment, completion and more refunds than the order can take, each sent twice, shuffled, and sent at once singly or
 * a few per call; every other order was shared by a distributor. Whatever the interleaving, each order must end
 * exactly as if the deliveries had come one by one.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentIngestTest {

    private static final int ORDERS = 40;
    /** Refunds of 20.00 + 10.00 per order: lines of 100.00 and 50.00 take five of them, the rest must be refused. */
    private static final int REFUNDS = 8;
    private static final int FITTING_REFUNDS = 5;
    private static final int THREADS = 8;
    private static final String PAID_AT = OffsetDateTime.now().plusHours(1).withNano(0).toString();
    private static final String LATER = OffsetDateTime.now().plusDays(1).withNano(0).toString();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    @Test
    void shouldApplyRacingPaymentsCompletionsRefundsAndResendsOfOneOrderAsIfOneByOne() throws Exception {
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        Channel channel = commission.channel("RACE", CommissionStart.PAID, 7, "race-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide guide = organisation.guide(organisation.franchisedStore());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        Guide recruiter = organisation.guide(organisation.store());
        String distributorCode = distributionService.accept(distributionService.invite(recruiter).getToken(),
                organisation.member()).getDistributor().getCode();
        List<String> deliveries = deliveries(member.getId(), shareCodes.sign(distributorCode));

        Map<String, AtomicInteger> answers = sendAtOnce(channel, deliveries);

        JdbcTemplate jdbc = commission.jdbc();
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            IngestInvariants.assertHold(connection, channel.getCode());
        }
        assertEquals(null, answers.get("FAILED"), "answers: " + answers);
        assertEquals(ORDERS * (REFUNDS - FITTING_REFUNDS), count(jdbc, channel, "SELECT COUNT(DISTINCT EVENT_KEY)"
                + " FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ? AND STATUS = 'REJECTED'"), "answers: " + answers);
        assertEquals(ORDERS * (2 + FITTING_REFUNDS), count(jdbc, channel, "SELECT COUNT(*) FROM GC_CHANNEL_EVENT"
                + " WHERE CHANNEL_CODE = ? AND STATUS = 'APPLIED'"));
        assertEquals(0, count(jdbc, channel, "SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ?"
                + " AND STATUS IN ('WAITING', 'RECEIVED', 'FAILED')"));
        assertEquals(ORDERS, count(jdbc, channel, "SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ?"
                + " AND REFUNDED_AMOUNT = PAID_AMOUNT AND COMPLETED_AT IS NOT NULL"));
        // Bound guide and franchisee on each of two lines, and on shared orders the distributor and their guide too;
        // all reversed to nothing, for every beneficiary.
        assertEquals(ORDERS * 4 + ORDERS / 2 * 4, count(jdbc, channel, "SELECT COUNT(*) FROM GC_COMMISSION_ENTRY"
                + " WHERE CHANNEL_CODE = ? AND KIND = 'COMMISSION'"));
        assertEquals(ORDERS / 2 * 2, count(jdbc, channel, "SELECT COUNT(*) FROM GC_COMMISSION_ENTRY"
                + " WHERE CHANNEL_CODE = ? AND KIND = 'COMMISSION' AND BENEFICIARY_TYPE = 'DISTRIBUTOR'"));
        assertEquals(0, count(jdbc, channel, "SELECT COUNT(*) FROM (SELECT BENEFICIARY_TYPE, BENEFICIARY_ID"
                + " FROM GC_COMMISSION_ENTRY WHERE CHANNEL_CODE = ? GROUP BY BENEFICIARY_TYPE, BENEFICIARY_ID"
                + " HAVING SUM(AMOUNT) <> 0) t"));
    }

    /** Every order's deliveries, each twice, in a shuffled but repeatable order. */
    private static List<String> deliveries(Long memberNo, String distributorShareCode) {
        List<String> deliveries = new ArrayList<String>();
        for (int order = 1; order <= ORDERS; order++) {
            String orderNo = "RACE-" + order;
            List<String> events = new ArrayList<String>();
            events.add("{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + PAID_AT + "\","
                    + "\"buyer\":{\"memberNo\":\"" + memberNo + "\"},"
                    + (order % 2 == 0 ? "\"share\":{\"code\":\"" + distributorShareCode + "\"}," : "")
                    + "\"lines\":["
                    + "{\"lineNo\":\"1\",\"paidAmount\":\"100.00\"},{\"lineNo\":\"2\",\"paidAmount\":\"50.00\"}]}");
            events.add("{\"type\":\"ORDER_COMPLETED\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + LATER
                    + "\"}");
            for (int refund = 1; refund <= REFUNDS; refund++) {
                events.add("{\"type\":\"REFUND\",\"orderNo\":\"" + orderNo + "\",\"refundNo\":\"R" + refund + "\","
                        + "\"occurredAt\":\"" + LATER + "\",\"lines\":[{\"lineNo\":\"1\",\"amount\":\"20.00\"},"
                        + "{\"lineNo\":\"2\",\"amount\":\"10.00\"}]}");
            }
            deliveries.addAll(events);
            deliveries.addAll(events);
        }
        Collections.shuffle(deliveries, new Random(20261205L));
        return deliveries;
    }

    /** Sends the deliveries from {@link #THREADS} threads released together, one to four per call. */
    private Map<String, AtomicInteger> sendAtOnce(final Channel channel, List<String> deliveries) throws Exception {
        final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<String>(deliveries);
        final Map<String, AtomicInteger> answers = new ConcurrentHashMap<String, AtomicInteger>();
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> sent = new ArrayList<Future<?>>();
        for (int t = 0; t < THREADS; t++) {
            final Random perCall = new Random(t);
            sent.add(threads.submit(() -> {
                start.await();
                for (List<String> call = take(queue, 1 + perCall.nextInt(4)); !call.isEmpty();
                        call = take(queue, 1 + perCall.nextInt(4))) {
                    List<IngestResult> results = call.size() == 1
                            ? Collections.singletonList(ingestService.ingest(channel, IngestSource.API, call.get(0)))
                            : ingestService.ingestAll(channel, IngestSource.API, call);
                    for (IngestResult result : results) {
                        answers.computeIfAbsent(result.getStatus().name(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> thread : sent) {
            thread.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();
        assertTrue(threads.awaitTermination(1, TimeUnit.MINUTES));
        return answers;
    }

    private static List<String> take(ConcurrentLinkedQueue<String> queue, int most) {
        List<String> call = new ArrayList<String>();
        for (String next; call.size() < most && (next = queue.poll()) != null; ) {
            call.add(next);
        }
        return call;
    }

    private static int count(JdbcTemplate jdbc, Channel channel, String sql) {
        return jdbc.queryForObject(sql, Integer.class, channel.getCode());
    }
}
