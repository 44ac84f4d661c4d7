package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two channels' batches of one member's orders at the same moment: the member's facts are the sum of both and their
 * tags those of all their orders, each tag added once. Meaningful on MySQL (GC_TEST_DB=mysql), where the transactions
 * really run in parallel and see what the other committed only through locking reads.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentMemberTagTest {

    private static final int ROUNDS = 6;

    @Resource
    ApplicationContext context;

    @Test
    void shouldAddUpTwoChannelsBatchesOfOneMemberAtOnce() throws Exception {
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        CommissionFixtures commission = new CommissionFixtures(context);
        Channel tmall = commission.channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Channel pos = commission.channel("PS", CommissionStart.PAID, 0, "ps-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        MemberTagFixtures tags = new MemberTagFixtures(context);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer member = organisation.member();
                String suffix = round + "-" + member.getId();
                CountDownLatch start = new CountDownLatch(1);
                Future<?> one = pool.submit(after(start, () -> {
                    orders.paid(tmall, member, "GT-T" + suffix, "400.00");
                    return null;
                }));
                Future<?> other = pool.submit(after(start, () -> {
                    orders.paid(pos, member, "GT-P" + suffix, "700.00");
                    return null;
                }));
                start.countDown();
                one.get(120, TimeUnit.SECONDS);
                other.get(120, TimeUnit.SECONDS);

                Map<String, Object> facts = tags.facts(member);
                assertEquals(2, ((Number) facts.get("PAID_ORDERS")).intValue(), "round " + round);
                assertEquals(0, new BigDecimal("1100").compareTo((BigDecimal) facts.get("PAID_AMOUNT")),
                        "round " + round + ": " + facts);
                assertEquals(sortedChannels(tmall, pos), facts.get("CHANNELS"));
                assertEquals(Arrays.asList("NEW_MEMBER", "REPEAT_BUYER", "SPEND_BAND=MID"), tags.tags(member),
                        "round " + round);
                assertEquals(1, count(tags, member, "ADDED REPEAT_BUYER (ORDERS)"), tags.history(member).toString());
                assertEquals(1, count(tags, member, "ADDED NEW_MEMBER (ORDERS)"), tags.history(member).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sortedChannels(Channel one, Channel other) {
        return one.getCode().compareTo(other.getCode()) < 0 ? one.getCode() + "," + other.getCode()
                : other.getCode() + "," + one.getCode();
    }

    private static long count(MemberTagFixtures tags, Customer member, String change) {
        return tags.history(member).stream().filter(change::equals).count();
    }

    private static <T> Callable<T> after(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }
}
