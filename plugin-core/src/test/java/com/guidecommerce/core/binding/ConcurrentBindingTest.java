package com.guidecommerce.core.binding;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.service.BindingResult;
import com.guidecommerce.core.binding.service.BindingService;
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
 * Two guides' QR codes scanned by the same new member at the same moment: exactly one binding exists afterwards and
 * the other request reports that the member stays with the winner. Meaningful on MySQL (GC_TEST_DB=mysql), where the
 * requests really run in parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentBindingTest {

    private static final int ROUNDS = 10;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Test
    void shouldLeaveExactlyOneBindingWhenTwoGuidesBindTheSameMemberAtOnce() throws Exception {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Store store = organisation.store();
        Guide first = organisation.guide(store);
        Guide second = organisation.guide(store);
        JdbcTemplate jdbc = new JdbcTemplate(firstDataSource());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Customer member = organisation.member();
                CountDownLatch start = new CountDownLatch(1);
                Future<BindingResult> a = pool.submit(bindAfter(start, member, first));
                Future<BindingResult> b = pool.submit(bindAfter(start, member, second));
                start.countDown();
                List<BindingOutcome> outcomes = new ArrayList<BindingOutcome>();
                outcomes.add(a.get(60, TimeUnit.SECONDS).getOutcome());
                outcomes.add(b.get(60, TimeUnit.SECONDS).getOutcome());

                assertEquals(Integer.valueOf(1), jdbc.queryForObject(
                        "select count(*) from GC_MEMBER_BINDING where CUSTOMER_ID = ?", Integer.class, member.getId()));
                assertEquals(Integer.valueOf(1), jdbc.queryForObject(
                        "select count(*) from GC_BINDING_HISTORY where CUSTOMER_ID = ?", Integer.class, member.getId()));
                assertTrue(outcomes.contains(BindingOutcome.BIND), "one request bound the member: " + outcomes);
                assertTrue(outcomes.contains(BindingOutcome.KEEP_CURRENT), "the other kept the winner: " + outcomes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<BindingResult> bindAfter(CountDownLatch start, Customer member, Guide guide) {
        return () -> {
            start.await();
            return bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", "concurrent scan");
        };
    }

    private DataSource firstDataSource() {
        return context.getBeansOfType(DataSource.class).values().iterator().next();
    }
}
