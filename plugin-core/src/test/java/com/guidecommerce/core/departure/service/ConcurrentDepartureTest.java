package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.distribution.service.JoinResult;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestDatabase;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A guide departs while HQ acts on one of their distributors, or a member accepts their invitation, at the same
 * moment. Whichever commits first, both go through (or the join is refused because the guide has departed), the
 * distributor ends with one active guide (the heir, or HQ's target), and their history holds every change once, each
 * starting from the guide the one before left them with. Runs on MySQL only (GC_TEST_DB=mysql), where both really
 * run in parallel transactions holding row locks.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentDepartureTest {

    private static final int ROUNDS = 8;
    private static final String DEPARTURE_ACTOR = "hq-departure";
    private static final String HQ_ACTOR = "hq-anna";

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDepartureService")
    DepartureService departureService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    final ExecutorService pool = Executors.newFixedThreadPool(2);
    OrganisationFixtures organisation;

    @BeforeEach
    void setUp() {
        // What decides these races is the database's row locks. The in-memory HSQLDB of the default build takes none
        // that last to the end of a transaction, so there the second transaction does not wait: Hibernate's version
        // check refuses it, or it misses the first one's row, which says nothing about the code under test.
        assumeTrue(TestDatabase.fromSystemProperties().isMysql(), "races on MySQL only (GC_TEST_DB=mysql)");
        organisation = new OrganisationFixtures(context);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldLeaveTheDistributorWithHqsTargetWhenHqMovesThemDuringTheDeparture() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Round r = new Round();
            Guide target = organisation.guide(organisation.store());

            DepartureResult departure = r.departWhileHq(
                    () -> distributionService.move(r.distributor.getId(), target.getId(), HQ_ACTOR, "guide asked"));

            List<String> expected = departure.getDistributorLines().size() == 1
                    ? Arrays.asList(joined(r.departing), moved(r.departing, r.heir, DEPARTURE_ACTOR),
                            moved(r.heir, target, HQ_ACTOR))
                    : Arrays.asList(joined(r.departing), moved(r.departing, target, HQ_ACTOR));
            assertEquals(expected, history(r.distributor));
            assertEndsWith(r.distributor, target, DistributorStatus.ACTIVE);
            assertDeparted(r.departing);
        }
    }

    @Test
    void shouldMoveASuspendedDistributorToTheHeirWhenHqSuspendsThemDuringTheDeparture() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Round r = new Round();

            DepartureResult departure = r.departWhileHq(
                    () -> distributionService.suspend(r.distributor.getId(), HQ_ACTOR, "complaint"));

            assertEquals(1, departure.getDistributorLines().size());
            List<String> history = history(r.distributor);
            String suspended = "SUSPENDED " + HQ_ACTOR;
            String handedOver = moved(r.departing, r.heir, DEPARTURE_ACTOR);
            assertEquals(3, history.size(), history::toString);
            assertEquals(joined(r.departing), history.get(0));
            assertTrue(history.containsAll(Arrays.asList(suspended, handedOver)), history::toString);
            assertEndsWith(r.distributor, r.heir, DistributorStatus.SUSPENDED);
            assertDeparted(r.departing);
        }
    }

    @Test
    void shouldNeverLeaveAMemberWhoJoinsDuringTheDepartureWithTheDepartedGuide() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Round r = new Round();
            String token = distributionService.invite(r.departing).getToken();
            Customer member = organisation.member();
            AtomicReference<JoinResult> join = new AtomicReference<JoinResult>();

            r.departWhileHq(() -> {
                join.set(distributionService.accept(token, member));
                return null;
            });

            Distributor joined = distributionService.findByCustomer(member.getId());
            if (join.get().isRefused()) {
                assertEquals(JoinRefusal.GUIDE_INACTIVE, join.get().getRefusal());
                assertNull(joined);
            } else {
                assertEquals(Arrays.asList(joined(r.departing), moved(r.departing, r.heir, DEPARTURE_ACTOR)),
                        history(joined));
            }
            assertDeparted(r.departing);
        }
    }

    /**
     * One round's guides: a guide who departs to their store's manager, and a distributor of theirs whose member
     * account is one of their members, so that member and distributor both move.
     */
    private final class Round {

        final Guide heir;
        final Guide departing;
        final Distributor distributor;

        Round() {
            Store store = organisation.store();
            heir = organisation.guide(store, GuideRole.STORE_MANAGER, GuideStatus.ACTIVE);
            departing = organisation.guide(store);
            Customer member = organisation.member();
            bindingService.bind(member, departing, BindingSource.STORE_QR, member.getUsername(), null);
            distributor = distributionService.accept(distributionService.invite(departing).getToken(), member)
                    .getDistributor();
        }

        /** Starts the departure and another action at the same moment; both must end within a minute. */
        DepartureResult departWhileHq(Callable<?> hqAction) throws Exception {
            CountDownLatch start = new CountDownLatch(1);
            Future<DepartureResult> departure = pool.submit(() -> {
                start.await();
                return departureService.execute(departing, DepartureRequest.toStoreManager(), DEPARTURE_ACTOR);
            });
            Future<?> hq = pool.submit(() -> {
                start.await();
                return hqAction.call();
            });
            start.countDown();
            hq.get(60, TimeUnit.SECONDS);
            return departure.get(60, TimeUnit.SECONDS);
        }
    }

    /**
     * The distributor's history, oldest first, one line per event; also checks that each event starts from the
     * guide the one before left them with, so no change was made on a stale read.
     */
    private List<String> history(Distributor distributor) {
        List<DistributorEvent> events = new ArrayList<DistributorEvent>(
                distributionService.findHistory(distributor.getId()));
        Collections.reverse(events);
        List<String> lines = new ArrayList<String>();
        Long guideId = null;
        for (DistributorEvent event : events) {
            // A join starts from no guide; every later change from where the one before left the distributor.
            if (guideId != null) {
                assertEquals(guideId, event.getGuideBefore().getId(), "the guide before " + event.getAction());
            }
            guideId = event.getGuideAfter().getId();
            lines.add(line(event));
        }
        assertEquals(distributionService.findById(distributor.getId()).getGuide().getId(), guideId,
                "the history ends with the distributor's guide");
        return lines;
    }

    private void assertEndsWith(Distributor distributor, Guide guide, DistributorStatus status) {
        Distributor now = distributionService.findById(distributor.getId());
        assertEquals(guide.getId(), now.getGuide().getId());
        assertEquals(status, now.getStatus());
        assertEquals(GuideStatus.ACTIVE, organisationService.findGuideByCode(guide.getGuideCode()).getStatus());
    }

    private void assertDeparted(Guide departing) {
        assertEquals(GuideStatus.DEPARTED, organisationService.findGuideByCode(departing.getGuideCode()).getStatus());
        assertEquals(0L, distributionService.countCurrentOf(departing.getId()));
    }

    private static String line(DistributorEvent event) {
        if (DistributorAction.JOINED.equals(event.getAction())) {
            return joined(event.getGuideAfter());
        }
        if (DistributorAction.MOVED.equals(event.getAction())) {
            return moved(event.getGuideBefore(), event.getGuideAfter(), event.getActor());
        }
        return event.getAction().getType() + " " + event.getActor();
    }

    private static String joined(Guide guide) {
        return "JOINED " + guide.getGuideCode();
    }

    private static String moved(Guide from, Guide to, String actor) {
        return "MOVED " + from.getGuideCode() + "->" + to.getGuideCode() + " " + actor;
    }
}
