package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two nodes evaluate the same period at the same moment: the period's changes are applied once, with one history row
 * per change. Meaningful on MySQL (GC_TEST_DB=mysql), where both evaluations really run in parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentTierEvaluationTest {

    private static final int ROUNDS = 8;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcTierService")
    TierService tierService;

    @Test
    void shouldApplyAPeriodOnceWhenTwoEvaluationsOfItStartAtOnce() throws Exception {
        TierFixtures fixtures = new TierFixtures(context);
        JdbcTemplate jdbc = context.getBean("gcJdbcTemplate", JdbcTemplate.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                TierPeriod period = TierPeriod.containing(TierPeriod.Kind.MONTH, LocalDate.of(2002, 1 + round, 1));
                Guide rising = fixtures.guide("NORMAL");
                fixtures.guideDay(rising, period.getFirstDay().toString(), "900.00", "0.00", 4, 2);
                CountDownLatch start = new CountDownLatch(1);
                Future<List<TierEvaluationResult>> one = pool.submit(evaluateAfter(start, period));
                Future<List<TierEvaluationResult>> other = pool.submit(evaluateAfter(start, period));
                start.countDown();
                List<TierEvaluationResult> first = one.get(120, TimeUnit.SECONDS);
                List<TierEvaluationResult> second = other.get(120, TimeUnit.SECONDS);

                for (int ladder = 0; ladder < 2; ladder++) {
                    assertEquals(1, (first.get(ladder).isApplied() ? 1 : 0) + (second.get(ladder).isApplied() ? 1 : 0),
                            "one of the two applied " + first.get(ladder).getSubject().getType() + ": " + first
                                    + " / " + second);
                }
                assertEquals("SUPER", fixtures.guideTier(rising));
                assertEquals(1, fixtures.historyRows(TierSubject.GUIDE, rising.getId()));
                assertEquals(Integer.valueOf(2), jdbc.queryForObject("select count(*) from GC_TIER_EVALUATION"
                        + " where PERIOD_KEY = ? and STATUS = 'DONE'", Integer.class, period.getKey()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<List<TierEvaluationResult>> evaluateAfter(CountDownLatch start, TierPeriod period) {
        return () -> {
            start.await();
            return tierService.evaluate(period, Thread.currentThread().getName());
        };
    }
}
