package com.guidecommerce.core.board;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.board.job.FigureCheckJob;
import com.guidecommerce.core.board.service.FigureCheckResult;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
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
 * Batches of different orders of the same guides and days ingested from many threads at once, while members are
 * bound to those guides and the nightly check runs: no figure is lost (the figures add up to the stream), no
 * transaction fails on a deadlock, and the check, racing the writers, finds no drift.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentFiguresTest {

    private static final int ORDERS = 160;
    private static final int BUYERS = 6;
    private static final int NEW_MEMBERS = 10;
    private static final int THREADS = 6;

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcJobRunner")
    JobRunner runner;

    @Resource(name = "gcFigureCheckJob")
    FigureCheckJob job;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Test
    void shouldLoseNoFigureWhenBatchesOfTheSameGuidesAndDaysAndBindingsAndTheCheckRunAtOnce() throws Exception {
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        Channel channel = commission.channel("CF", CommissionStart.PAID, 7, "cf-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Store store = organisation.franchisedStore();
        final Guide[] guides = {organisation.guide(store), organisation.guide(store)};
        List<Customer> buyers = new ArrayList<Customer>();
        clock.at(-3L * 24 * 3600 * 1000);
        for (int i = 0; i < BUYERS; i++) {
            buyers.add(organisation.member());
            bindingService.bind(buyers.get(i), guides[i % 2], BindingSource.STORE_QR, "shopper", null);
        }
        SystemTime.resetGlobalTimeSource();
        final List<Customer> newcomers = new ArrayList<Customer>();
        for (int i = 0; i < NEW_MEMBERS; i++) {
            newcomers.add(organisation.member());
        }
        Stream stream = new Stream(channel.getCode(), buyers);

        Map<String, AtomicInteger> answers = runAtOnce(channel, stream, guides, newcomers);

        assertEquals(null, answers.get("FAILED"), "answers: " + answers);
        assertEquals(null, answers.get("CHECK_FAILED"), "answers: " + answers);
        String figures = "SELECT SUM(SALES), SUM(ORDERS), SUM(REFUNDS), SUM(REFUNDED_ORDERS), SUM(BINDINGS),"
                + " SUM(NEW_MEMBERS) FROM ";
        String streamTotals = stream.paid + " " + ORDERS + " " + stream.refunded + " " + stream.refunds + " "
                + (BUYERS + NEW_MEMBERS) + " " + (BUYERS + NEW_MEMBERS);
        assertEquals(streamTotals, sums(figures + "GC_FIG_GUIDE_DAY WHERE GUIDE_ID IN (?, ?)", guides[0].getId(),
                guides[1].getId()));
        assertEquals(streamTotals, sums(figures + "GC_FIG_STORE_DAY WHERE STORE_ID = ?", store.getId()));
        assertEquals(sums("SELECT SUM(CASE WHEN KIND = 'COMMISSION' THEN AMOUNT ELSE 0 END),"
                + " -SUM(CASE WHEN KIND = 'REVERSAL' THEN AMOUNT ELSE 0 END) FROM GC_COMMISSION_ENTRY"
                + " WHERE BENEFICIARY_TYPE = 'GUIDE' AND BENEFICIARY_ID IN (?, ?)", guides[0].getId(), guides[1].getId()),
                sums("SELECT SUM(COMMISSION), SUM(COMMISSION_REVERSED) FROM GC_FIG_GUIDE_DAY WHERE GUIDE_ID IN (?, ?)",
                        guides[0].getId(), guides[1].getId()));
        assertEquals(Integer.valueOf(0), jdbc.queryForObject("SELECT COUNT(*) FROM GC_FIG_DRIFT WHERE STORE_ID = ?",
                Integer.class, store.getId()));
        assertTrue(answers.get("CHECKED").get() > 0, "answers: " + answers);
    }

    /** Deliveries from {@link #THREADS} threads, bindings from one more, checks from another, all released together. */
    private Map<String, AtomicInteger> runAtOnce(final Channel channel, Stream stream, final Guide[] guides,
                                                 final List<Customer> newcomers) throws Exception {
        final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<String>(stream.deliveries);
        final Map<String, AtomicInteger> answers = new ConcurrentHashMap<String, AtomicInteger>();
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS + 2);
        List<Callable<Void>> work = new ArrayList<Callable<Void>>();
        for (int t = 0; t < THREADS; t++) {
            final Random perCall = new Random(t);
            work.add(() -> {
                start.await();
                for (List<String> call = take(queue, 1 + perCall.nextInt(4)); !call.isEmpty();
                        call = take(queue, 1 + perCall.nextInt(4))) {
                    for (IngestResult result : ingestService.ingestAll(channel, IngestSource.API, call)) {
                        count(answers, result.getStatus().name());
                    }
                }
                return null;
            });
        }
        work.add(() -> {
            start.await();
            for (int i = 0; i < newcomers.size(); i++) {
                bindingService.bind(newcomers.get(i), guides[i % 2], BindingSource.SHARE_LINK, "shopper", null);
            }
            return null;
        });
        final int total = stream.deliveries.size();
        work.add(() -> {
            start.await();
            // Three checks while deliveries are still being applied: after a quarter, half and three quarters of them.
            for (int quarter = 3; quarter >= 1; quarter--) {
                while (queue.size() > total * quarter / 4) {
                    Thread.onSpinWait();
                }
                JobRunResult<FigureCheckResult> run = runner.runNow(job, "concurrency-test");
                count(answers, run.isFailed() ? "CHECK_FAILED" : run.isRan() ? "CHECKED" : "CHECK_BUSY");
            }
            return null;
        });
        List<Future<Void>> running = new ArrayList<Future<Void>>();
        for (Callable<Void> task : work) {
            running.add(threads.submit(task));
        }
        start.countDown();
        for (Future<Void> task : running) {
            task.get(10, TimeUnit.MINUTES);
        }
        threads.shutdown();
        assertTrue(threads.awaitTermination(1, TimeUnit.MINUTES));
        return answers;
    }

    private String sums(String sql, Object... args) {
        Map<String, Object> row = jdbc.queryForMap(sql, args);
        StringBuilder text = new StringBuilder();
        for (Object value : row.values()) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }

    private static void count(Map<String, AtomicInteger> answers, String answer) {
        answers.computeIfAbsent(answer, k -> new AtomicInteger()).incrementAndGet();
    }

    private static List<String> take(ConcurrentLinkedQueue<String> queue, int most) {
        List<String> call = new ArrayList<String>();
        for (String next = queue.poll(); next != null; next = call.size() < most - 1 ? queue.poll() : null) {
            call.add(next);
        }
        return call;
    }

    /** Orders of the buyers paid over the last day and a half, half of them partly refunded, shuffled. */
    private static final class Stream {

        final List<String> deliveries = new ArrayList<String>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        int refunds;

        Stream(String prefix, List<Customer> buyers) {
            Random random = new Random(20261206L);
            Instant now = Instant.ofEpochMilli(System.currentTimeMillis() / 1000 * 1000);
            for (int i = 0; i < ORDERS; i++) {
                String orderNo = prefix + "-" + i;
                BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(9000), 2);
                Instant paidAt = now.minusSeconds(3600 + random.nextInt(36 * 3600));
                deliveries.add("{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + paidAt
                        + "\",\"buyer\":{\"memberNo\":\"" + buyers.get(i % buyers.size()).getId() + "\"},"
                        + "\"lines\":[{\"lineNo\":\"1\",\"paidAmount\":\"" + amount.toPlainString() + "\"}]}");
                paid = paid.add(amount);
                if (i % 2 == 0) {
                    BigDecimal back = amount.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
                    deliveries.add("{\"type\":\"REFUND\",\"orderNo\":\"" + orderNo + "\",\"refundNo\":\"R1\","
                            + "\"occurredAt\":\"" + now.minusSeconds(600) + "\",\"lines\":[{\"lineNo\":\"1\","
                            + "\"amount\":\"" + back.toPlainString() + "\"}]}");
                    refunded = refunded.add(back);
                    refunds++;
                }
            }
            Collections.shuffle(deliveries, random);
            paid = paid.stripTrailingZeros();
            refunded = refunded.stripTrailingZeros();
        }
    }
}
