package com.guidecommerce.core.birthday.service;

import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.TestClock;
import com.guidecommerce.core.test.TestDatabase;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two admin nodes issue the day's birthday gifts at the same moment: every member due gets one gift and one offer
 * code, and the two runs together report each issue once. On MySQL (GC_TEST_DB=mysql), where both really run in
 * parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentBirthdayGiftTest {

    private static final ZoneId HQ = ZoneId.of("Asia/Shanghai");
    private static final int MEMBERS = 20;
    private static final int ROUNDS = 3;

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBirthdayService")
    BirthdayService birthdays;

    private static void at(String hqDateTime) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(
                LocalDateTime.parse(hqDateTime).atZone(HQ).toInstant().toEpochMilli()));
    }

    @Test
    void shouldIssueOneGiftPerMemberWhenTwoRunsStartAtOnce() throws Exception {
        assumeTrue(TestDatabase.fromSystemProperties().isMysql(), "races on MySQL only (GC_TEST_DB=mysql)");
        BroadleafFixtures fixtures = new BroadleafFixtures(context);
        JdbcTemplate jdbc = context.getBean("gcJdbcTemplate", JdbcTemplate.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Long giftOfferId = BirthdayFixtures.giftOffer(context);
                LocalDate day = LocalDate.of(2026, 8 + round, 12);
                List<Long> members = new ArrayList<Long>();
                at(day.minusDays(60) + "T10:00:00");
                for (int i = 0; i < MEMBERS; i++) {
                    Long member = fixtures.registeredCustomer().getId();
                    birthdays.setBirthday(member, day.getMonthValue(), day.getDayOfMonth(), null, "test");
                    members.add(member);
                }
                at(day + "T09:00:00");
                CountDownLatch start = new CountDownLatch(1);
                Callable<Integer> issue = () -> {
                    start.await();
                    return birthdays.issueGifts(day);
                };
                Future<Integer> one = pool.submit(issue);
                Future<Integer> other = pool.submit(issue);
                start.countDown();
                int issued = one.get(120, TimeUnit.SECONDS) + other.get(120, TimeUnit.SECONDS);

                assertEquals(MEMBERS, issued, "the two runs together issued each gift once");
                for (Long member : members) {
                    assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM GC_BIRTHDAY_GIFT"
                            + " WHERE CUSTOMER_ID = ? AND GIFT_YEAR = 2026 AND OFFER_CODE_ID IS NOT NULL",
                            Integer.class, member), "one gift for member " + member);
                }
                assertEquals(Integer.valueOf(MEMBERS), jdbc.queryForObject("SELECT COUNT(*) FROM BLC_OFFER_CODE"
                        + " WHERE OFFER_ID = ?", Integer.class, giftOfferId), "one offer code per member");
                assertEquals(Integer.valueOf(MEMBERS), jdbc.queryForObject("SELECT COUNT(DISTINCT g.OFFER_CODE_ID)"
                        + " FROM GC_BIRTHDAY_GIFT g JOIN BLC_OFFER_CODE c ON c.OFFER_CODE_ID = g.OFFER_CODE_ID"
                        + " WHERE c.OFFER_ID = ?", Integer.class, giftOfferId), "each gift has its own code");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
