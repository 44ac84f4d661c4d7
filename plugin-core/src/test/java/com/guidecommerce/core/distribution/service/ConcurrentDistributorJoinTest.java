package com.guidecommerce.core.distribution.service;

import com.guidecommerce.core.distribution.rule.JoinOutcome;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One member accepts two guides' invitations at the same moment: afterwards they are exactly one distributor, of one
 * guide, with one history line and one invitation used. Meaningful on MySQL (GC_TEST_DB=mysql), where both accepts
 * really run in parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentDistributorJoinTest {

    private static final int ROUNDS = 10;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Test
    void shouldMakeExactlyOneDistributorWhenTheSameMemberAcceptsTwoInvitationsAtOnce() throws Exception {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Store store = organisation.store();
        Guide first = organisation.guide(store);
        Guide second = organisation.guide(store);
        JdbcTemplate jdbc = new JdbcTemplate(firstDataSource());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer member = organisation.member();
                String a = distributionService.invite(first).getToken();
                String b = distributionService.invite(second).getToken();
                CountDownLatch start = new CountDownLatch(1);
                Future<JoinResult> acceptA = pool.submit(acceptAfter(start, a, member));
                Future<JoinResult> acceptB = pool.submit(acceptAfter(start, b, member));
                start.countDown();
                List<Object> outcomes = new ArrayList<Object>();
                for (Future<JoinResult> accept : Arrays.asList(acceptA, acceptB)) {
                    JoinResult result = accept.get(60, TimeUnit.SECONDS);
                    outcomes.add(result.isRefused() ? result.getRefusal() : result.getOutcome());
                }

                assertEquals(Integer.valueOf(1), jdbc.queryForObject(
                        "select count(*) from GC_DISTRIBUTOR where CUSTOMER_ID = ?", Integer.class, member.getId()));
                assertEquals(Integer.valueOf(1), jdbc.queryForObject("select count(*) from GC_DISTRIBUTOR_EVENT e"
                        + " join GC_DISTRIBUTOR d on d.DISTRIBUTOR_ID = e.DISTRIBUTOR_ID where d.CUSTOMER_ID = ?",
                        Integer.class, member.getId()));
                assertEquals(Integer.valueOf(1), jdbc.queryForObject(
                        "select count(*) from GC_DISTRIBUTOR_INVITATION where ACCEPTED_BY = ?", Integer.class,
                        member.getId()));
                assertTrue(outcomes.contains(JoinOutcome.JOINED), "one accept made a distributor: " + outcomes);
                assertTrue(outcomes.contains(JoinRefusal.ALREADY_DISTRIBUTOR), "the other was refused: " + outcomes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldGiveOneInvitationToOneOfTwoMembersAcceptingItAtOnce() throws Exception {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide guide = organisation.guide(organisation.store());
        JdbcTemplate jdbc = new JdbcTemplate(firstDataSource());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer one = organisation.member();
                Customer other = organisation.member();
                String token = distributionService.invite(guide).getToken();
                CountDownLatch start = new CountDownLatch(1);
                Future<JoinResult> acceptOne = pool.submit(acceptAfter(start, token, one));
                Future<JoinResult> acceptOther = pool.submit(acceptAfter(start, token, other));
                start.countDown();
                List<Object> outcomes = new ArrayList<Object>();
                for (Future<JoinResult> accept : Arrays.asList(acceptOne, acceptOther)) {
                    JoinResult result = accept.get(60, TimeUnit.SECONDS);
                    outcomes.add(result.isRefused() ? result.getRefusal() : result.getOutcome());
                }

                Long acceptedBy = jdbc.queryForObject("select ACCEPTED_BY from GC_DISTRIBUTOR_INVITATION"
                        + " where TOKEN = ?", Long.class, token);
                assertEquals(Integer.valueOf(1), jdbc.queryForObject("select count(*) from GC_DISTRIBUTOR"
                        + " where CUSTOMER_ID in (?, ?)", Integer.class, one.getId(), other.getId()),
                        "one of the two became a distributor: " + outcomes);
                assertEquals(acceptedBy, jdbc.queryForObject("select CUSTOMER_ID from GC_DISTRIBUTOR"
                        + " where CUSTOMER_ID in (?, ?)", Long.class, one.getId(), other.getId()),
                        "the invitation is marked used by the member who joined");
                assertTrue(outcomes.contains(JoinOutcome.JOINED), "one accept made a distributor: " + outcomes);
                assertTrue(outcomes.contains(JoinRefusal.INVITATION_USED), "the other was refused: " + outcomes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<JoinResult> acceptAfter(CountDownLatch start, String token, Customer member) {
        return () -> {
            start.await();
            return distributionService.accept(token, member);
        };
    }

    private DataSource firstDataSource() {
        return context.getBeansOfType(DataSource.class).values().iterator().next();
    }
}
