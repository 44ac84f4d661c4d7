package com.guidecommerce.core.points.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import com.guidecommerce.core.test.TestDatabase;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Many checkouts of one member spend points at the same moment (alone, or while a refund takes back points): they
 * queue on the member's account row, so exactly as many succeed as the balance covers, nothing is overdrawn by a
 * redemption and the balance equals the entries. Meaningful on MySQL
 * (GC_TEST_DB=mysql), where the redemptions really run in parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentRedemptionTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPointsService")
    PointsService points;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Test
    void shouldNeverOverdrawAMemberWhenManyRedemptionsStartAtOnce() throws Exception {
        assumeTrue(TestDatabase.fromSystemProperties().isMysql(), "parallel transactions need MySQL");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer member = new OrganisationFixtures(context).member();
                points.adjust(member.getId(), 1000L, "race stake", "test");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Long>> spends = new ArrayList<Future<Long>>();
                for (int i = 0; i < THREADS; i++) {
                    spends.add(pool.submit(redeemAfter(start, member.getId(), 300L)));
                }
                start.countDown();
                long spent = 0L;
                for (Future<Long> spend : spends) {
                    spent += spend.get(120, TimeUnit.SECONDS);
                }

                assertEquals(900L, spent, "three redemptions of 300 fit in 1000, the others are refused");
                assertEquals(Long.valueOf(-900L), jdbc.queryForObject("SELECT SUM(POINTS) FROM GC_POINTS_ENTRY"
                        + " WHERE CUSTOMER_ID = ? AND KIND = 'REDEEM'", Long.class, member.getId()));
                assertEquals(100L, points.balanceOf(member.getId()).getAvailable());
                assertFalse(points.balanceMismatches().containsKey(member.getId()),
                        "the balance equals the sums of the member's entries");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldKeepTheBalanceEqualToTheEntriesWhenARefundRacesTheRedemptions() throws Exception {
        assumeTrue(TestDatabase.fromSystemProperties().isMysql(), "parallel transactions need MySQL");
        Channel tmall = new CommissionFixtures(context).channel("RR", CommissionStart.PAID, 7, "race-refund-secret");
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            Customer member = new OrganisationFixtures(context).member();
            points.adjust(member.getId(), 1000L, "race stake", "test");
            orders.paid(tmall, member, "RR-1", "500.00");
            orders.completed(tmall, "RR-1");
            clock.at(8 * 86_400_000L + 1000L);
            points.release();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> spends = new ArrayList<Future<Long>>();
            for (int i = 0; i < THREADS - 1; i++) {
                spends.add(pool.submit(redeemAfter(start, member.getId(), 300L)));
            }
            Future<?> refund = pool.submit(() -> {
                start.await();
                orders.refunded(tmall, "RR-1", "500.00");
                return null;
            });
            start.countDown();
            long spent = 0L;
            for (Future<Long> spend : spends) {
                spent += spend.get(120, TimeUnit.SECONDS);
            }
            refund.get(120, TimeUnit.SECONDS);

            assertTrue(spent == 900L || spent == 1200L || spent == 1500L, "each redemption saw the balance of its turn: "
                    + spent);
            assertEquals(1000L - spent, points.balanceOf(member.getId()).getAvailable(),
                    "1000 + 500 earned - 500 reversed - what was spent");
            assertFalse(points.balanceMismatches().containsKey(member.getId()),
                    "the balance equals the sums of the member's entries");
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Long> redeemAfter(CountDownLatch start, long customerId, long amount) {
        return () -> {
            start.await();
            try {
                points.redeem(customerId, amount, null, "concurrent checkout");
                return amount;
            } catch (PointsException refused) {
                assertEquals(PointsError.NOT_ENOUGH_POINTS, refused.getError());
                return 0L;
            }
        };
    }
}
