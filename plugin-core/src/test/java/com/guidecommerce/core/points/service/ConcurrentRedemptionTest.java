package com.guidecommerce.core.points.service;

import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestDatabase;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Many checkouts of one member spend points at the same moment: they queue on the member's account row, so exactly as
 * many succeed as the balance covers, nothing is overdrawn and the balance equals the entries. Meaningful on MySQL
 * (GC_TEST_DB=mysql), where the redemptions really run in parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentRedemptionTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

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
