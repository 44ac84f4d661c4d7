package com.guidecommerce.core.contest.service;

import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestStatus;
import com.guidecommerce.core.contest.rule.ContestPhase;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.FigureTablesFixture;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store's contest over generated daily figures: the live board while it runs, and its close after the return
 * window, with refunds inside the window taken off and those after it not, promoting exactly the top N, once.
 */
@ExtendWith(BroadleafContextExtension.class)
class ContestServiceTest {

    private static final ZoneId HQ = ZoneId.of("Asia/Shanghai");

    @Resource
    ApplicationContext context;

    @Resource(name = "gcContestService")
    ContestService contestService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    private OrganisationFixtures organisation;
    private TierFixtures tiers;
    private FigureTablesFixture figures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        organisation = new OrganisationFixtures(context);
        tiers = new TierFixtures(context);
        figures = new FigureTablesFixture(jdbc);
        today = LocalDate.now(HQ);
    }

    @Test
    void shouldRankByFinalScoresTakingOffOnlyTheReturnWindowsRefundsAndPromoteTheTopTwoOnce() {
        Store store = organisation.store();
        Guide a = organisation.guide(store);
        Guide b = organisation.guide(store);
        Guide c = organisation.guide(store);
        Guide elsewhere = organisation.guide(organisation.store());
        LocalDate first = today.minusDays(20);
        LocalDate last = today.minusDays(10);
        sold(a, first.plusDays(1), "500.00", "0.00");
        sold(b, first.plusDays(2), "400.00", "0.00");
        sold(c, first.plusDays(3), "300.00", "0.00");
        sold(elsewhere, first.plusDays(3), "900.00", "0.00");
        sold(a, last.plusDays(3), "0.00", "250.00");
        sold(b, last.plusDays(9), "0.00", "150.00");
        Contest contest = contest(store, first, last, 7, 2);

        boolean closed = contestService.close(contest.getId(), "test");
        boolean again = contestService.close(contest.getId(), "test");

        assertTrue(closed);
        assertFalse(again, "a contest closes once");
        assertEquals(Arrays.asList(
                "1 " + b.getGuideCode() + " 400.00 0.00 400.00 true",
                "2 " + c.getGuideCode() + " 300.00 0.00 300.00 true",
                "3 " + a.getGuideCode() + " 500.00 250.00 250.00 false"), results(contest));
        assertEquals("SUPER", tiers.guideTier(b));
        assertEquals("SUPER", tiers.guideTier(c));
        assertEquals("NORMAL", tiers.guideTier(a));
        assertEquals(1, tiers.historyRows(TierSubject.GUIDE, b.getId()));
        assertEquals(ContestStatus.CLOSED.getType(), jdbc.queryForObject(
                "SELECT STATUS FROM GC_CONTEST WHERE CONTEST_ID = ?", String.class, contest.getId()));
    }

    @Test
    void shouldPayTheWinnersBonusThroughTheLedgerOnce() {
        Store store = organisation.store();
        Guide a = organisation.guide(store);
        Guide b = organisation.guide(store);
        sold(a, today.minusDays(15), "300.00", "0.00");
        sold(b, today.minusDays(14), "200.00", "0.00");
        Contest contest = ContestFixtures.save(context, ContestFixtures.withBonus(ContestFixtures.storeContest(
                context, store, today.minusDays(16), today.minusDays(12), 3, 1), "500.00"));

        contestService.close(contest.getId(), "test");
        contestService.close(contest.getId(), "test");

        assertEquals(Arrays.asList("BONUS CONTEST_WINNER GUIDE " + a.getGuideCode() + " 500.00 SETTLEABLE"),
                jdbc.queryForList("SELECT KIND, ROLE, BENEFICIARY_TYPE, BENEFICIARY_CODE, AMOUNT, STATE"
                        + " FROM GC_COMMISSION_ENTRY WHERE BENEFICIARY_ID IN (?, ?) AND BENEFICIARY_TYPE = 'GUIDE'",
                        a.getId(), b.getId()).stream().map(r -> r.get("KIND") + " " + r.get("ROLE") + " "
                        + r.get("BENEFICIARY_TYPE") + " " + r.get("BENEFICIARY_CODE") + " "
                        + ((BigDecimal) r.get("AMOUNT")).setScale(2) + " " + r.get("STATE"))
                        .collect(Collectors.toList()));
        assertEquals("NORMAL", tiers.guideTier(a), "a bonus promotes no one");
    }

    @Test
    void shouldShowTheLiveBoardWhileRunningAndNotCloseBeforeTheReturnWindowHasPassed() {
        Store store = organisation.store();
        Guide a = organisation.guide(store);
        Guide b = organisation.guide(store);
        sold(a, today.minusDays(1), "120.00", "0.00");
        sold(b, today.minusDays(2), "180.00", "0.00");
        Contest running = contest(store, today.minusDays(3), today.plusDays(3), 7, 3);
        Contest settling = contest(store, today.minusDays(9), today.minusDays(2), 7, 3);

        List<String> board = contestService.liveBoard(running, 10).getEntries().stream()
                .map(e -> e.getRank() + " " + e.getCode() + " " + e.getValue().setScale(2)).collect(Collectors.toList());

        assertEquals(Arrays.asList("1 " + b.getGuideCode() + " 180.00", "2 " + a.getGuideCode() + " 120.00"), board);
        assertEquals(ContestPhase.RUNNING, contestService.phaseOf(running));
        assertEquals(ContestPhase.SETTLING, contestService.phaseOf(settling));
        assertFalse(contestService.close(running.getId(), "test"));
        assertFalse(contestService.close(settling.getId(), "test"));
        assertTrue(contestService.findRunningFor(a).stream().anyMatch(x -> x.getId().equals(running.getId())));
        assertFalse(contestService.findRunningFor(organisation.guide(organisation.store())).stream()
                .anyMatch(x -> x.getId().equals(running.getId())), "a store contest is its store's only");
    }

    @Test
    void shouldCloseOnceWhenTwoNodesCloseAtTheSameMoment() throws Exception {
        Store store = organisation.store();
        Guide a = organisation.guide(store);
        Guide b = organisation.guide(store);
        sold(a, today.minusDays(15), "300.00", "0.00");
        sold(b, today.minusDays(14), "200.00", "0.00");
        final Contest contest = contest(store, today.minusDays(16), today.minusDays(12), 3, 1);
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> closes = new ArrayList<Future<Boolean>>();
        for (int node = 0; node < 2; node++) {
            closes.add(nodes.submit((Callable<Boolean>) () -> {
                start.await();
                return contestService.close(contest.getId(), "node");
            }));
        }

        start.countDown();
        int closedBy = 0;
        for (Future<Boolean> close : closes) {
            closedBy += close.get(2, TimeUnit.MINUTES) ? 1 : 0;
        }
        nodes.shutdown();

        assertEquals(1, closedBy, "exactly one node closes it");
        assertEquals(2, results(contest).size());
        assertEquals(1, tiers.historyRows(TierSubject.GUIDE, a.getId()), "promoted once");
        assertEquals("NORMAL", tiers.guideTier(b));
    }

    private void sold(Guide guide, LocalDate day, String sales, String refunds) {
        figures.guideDay(day, guide.getId(), guide.getStore().getId(), null, null, sales, refunds,
                new BigDecimal(sales).signum() > 0 ? 1 : 0, 0, "0.00", "0.00");
    }

    private Contest contest(Store store, LocalDate first, LocalDate last, int returnWindowDays, int topN) {
        Contest contest = ContestFixtures.storeContest(context, store, first, last, returnWindowDays, topN);
        assertEquals(0, contestService.check(contest).size(), "a valid contest: " + contestService.check(contest));
        return ContestFixtures.save(context, contest);
    }

    private List<String> results(Contest contest) {
        return jdbc.queryForList("SELECT RANK_NO, SUBJECT_CODE, PERIOD_SCORE, LATER_REFUNDS, FINAL_SCORE, WINNER"
                + " FROM GC_CONTEST_RESULT WHERE CONTEST_ID = ? ORDER BY RANK_NO, SUBJECT_ID", contest.getId())
                .stream().map(r -> r.get("RANK_NO") + " " + r.get("SUBJECT_CODE") + " "
                        + ((BigDecimal) r.get("PERIOD_SCORE")).setScale(2) + " "
                        + ((BigDecimal) r.get("LATER_REFUNDS")).setScale(2) + " "
                        + ((BigDecimal) r.get("FINAL_SCORE")).setScale(2) + " " + winner(r.get("WINNER")))
                .collect(Collectors.toList());
    }

    private static boolean winner(Object value) {
        return value instanceof Boolean ? (Boolean) value : ((Number) value).intValue() != 0;
    }
}
