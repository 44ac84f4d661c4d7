package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two threads change one member at the same moment: two channels' batches add up and lift the member once, and two
 * evaluations of one period apply it once. Meaningful on MySQL (GC_TEST_DB=mysql), where the transactions really run
 * in parallel and read what the other committed only through locking reads.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentMemberTierTest {

    private static final int ROUNDS = 6;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcMemberTierService")
    MemberTierService service;

    @Test
    void shouldAddUpTwoChannelsBatchesOfOneMemberAtOnceAndUpgradeOnce() throws Exception {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        CommissionFixtures commission = new CommissionFixtures(context);
        Channel tmall = commission.channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Channel pos = commission.channel("PS", CommissionStart.PAID, 0, "ps-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer member = organisation.member();
                String suffix = round + "-" + member.getId();
                orders.paid(tmall, member, "CS-S" + suffix, "2000.00");
                CountDownLatch start = new CountDownLatch(1);
                Future<?> one = pool.submit(after(start, () -> {
                    orders.paid(tmall, member, "CS-T" + suffix, "1500.00");
                    return null;
                }));
                Future<?> other = pool.submit(after(start, () -> {
                    orders.paid(pos, member, "CS-P" + suffix, "1500.00");
                    return null;
                }));
                start.countDown();
                one.get(120, TimeUnit.SECONDS);
                other.get(120, TimeUnit.SECONDS);

                assertEquals(new BigDecimal("5000.00"), tiers.storedSpend(member), "round " + round);
                assertEquals("GOLD", tiers.stateTier(member), "round " + round);
                assertEquals(1, tiers.historyRows(member, MemberTierChangeCause.UPGRADE) - 1,
                        "one upgrade past SILVER in round " + round + ": " + tiers.history(member));
                assertEquals("UPGRADE SILVER->GOLD", tiers.history(member).get(1));
                assertEquals("GOLD", tiers.attribute(member));
                assertEquals(1, tiers.attributeRows(member));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldPlaceANewMemberOnceWhenTheirFirstTwoOrdersArriveAtOnce() throws Exception {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        CommissionFixtures commission = new CommissionFixtures(context);
        Channel tmall = commission.channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Channel pos = commission.channel("PS", CommissionStart.PAID, 0, "ps-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer member = organisation.member();
                String suffix = round + "-" + member.getId();
                CountDownLatch start = new CountDownLatch(1);
                Future<?> one = pool.submit(after(start, () -> {
                    orders.paid(tmall, member, "CF-T" + suffix, "100.00");
                    return null;
                }));
                Future<?> other = pool.submit(after(start, () -> {
                    orders.paid(pos, member, "CF-P" + suffix, "100.00");
                    return null;
                }));
                start.countDown();
                one.get(120, TimeUnit.SECONDS);
                other.get(120, TimeUnit.SECONDS);

                assertEquals(new BigDecimal("200.00"), tiers.storedSpend(member), "round " + round);
                assertEquals("REGULAR", tiers.stateTier(member), "round " + round);
                assertEquals(Arrays.asList("UPGRADE NEW->REGULAR"), tiers.history(member), "round " + round);
                assertEquals("REGULAR", tiers.attribute(member));
                assertEquals(1, tiers.attributeRows(member), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldApplyAPeriodOnceWhenTwoEvaluationsOfItStartAtOnce() throws Exception {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                TierPeriod period = TierPeriod.containing(TierPeriod.Kind.MONTH, LocalDate.of(2003, 1 + round, 1));
                Customer lapsed = organisation.member();
                tiers.placed(lapsed, "GOLD", java.sql.Date.valueOf(period.getFirstDay().minusDays(1)));
                CountDownLatch start = new CountDownLatch(1);
                Future<MemberTierEvaluationResult> one = pool.submit(after(start, () ->
                        service.evaluate(period, "node-a")));
                Future<MemberTierEvaluationResult> other = pool.submit(after(start, () ->
                        service.evaluate(period, "node-b")));
                start.countDown();
                MemberTierEvaluationResult first = one.get(120, TimeUnit.SECONDS);
                MemberTierEvaluationResult second = other.get(120, TimeUnit.SECONDS);

                assertEquals(1, (first.isApplied() ? 1 : 0) + (second.isApplied() ? 1 : 0), first + " / " + second);
                assertEquals("NEW", tiers.stateTier(lapsed));
                assertEquals(1, tiers.historyRows(lapsed, MemberTierChangeCause.EVALUATION));
                assertEquals("NEW", tiers.attribute(lapsed));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Callable<T> after(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }
}
