package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.dao.RankPeriodRow;
import com.guidecommerce.core.board.dao.RankSnapshotDao;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.PeriodState;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.PeriodKind;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rank snapshot builder on the test database, over figures written with SQL. */
@ExtendWith(BroadleafContextExtension.class)
class RankSnapshotBuilderTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcRankSnapshotBuilder")
    RankSnapshotBuilder builder;

    @Resource(name = "gcRankSnapshotDao")
    RankSnapshotDao snapshotDao;

    @Resource(name = "gcBoardService")
    BoardService boardService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    private BoardFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BoardFixtures(context);
    }

    @AfterEach
    void clock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldRankGuidesWithTiesSharingARankAndGuidesWithoutFiguresLastAtZero() {
        Store store = fixtures.store("Asia/Shanghai");
        Store beside = fixtures.storeBeside(store);
        Guide first = fixtures.organisation.guide(store);
        Guide tiedA = fixtures.organisation.guide(store);
        Guide tiedB = fixtures.organisation.guide(beside);
        Guide newcomer = fixtures.organisation.guide(store);
        LocalDate day = LocalDate.of(2031, 3, 12);
        fixtures.sale(first, day, "300.00");
        fixtures.sale(tiedA, day, "120.50");
        fixtures.sale(tiedB, day, "100.50");
        fixtures.sale(tiedB, day.minusDays(1), "20.00");
        BoardFixtures.at("2031-03-12T04:00:00Z");

        builder.buildOpenPeriods();

        RankPeriodKey week = RankPeriodKey.of(PeriodKind.WEEK, day);
        Leaderboard region = boardService.leaderboard(BoardScope.region(store.getRegion().getId()), SubjectKind.GUIDE,
                Metric.NET_SALES, week, 10);
        assertEquals(Arrays.asList("1 " + first.getId() + " 300.00", "2 " + tiedA.getId() + " 120.50",
                "2 " + tiedB.getId() + " 120.50", "4 " + newcomer.getId() + " 0.00"), lines(region));
        assertEquals(first.getGuideCode(), region.getEntries().get(0).getCode());
        assertEquals(first.getName(), region.getEntries().get(0).getName());
        GuideRanks ranks = boardService.guideRanks(newcomer.getId(), PeriodKind.WEEK, Metric.NET_SALES);
        assertEquals(4, ranks.getInRegion().getRank());
        assertEquals(4, ranks.getInRegion().getOf());
        assertEquals(3, ranks.getInStore().getRank());
        assertEquals(3, ranks.getInStore().getOf());
        assertEquals(Arrays.asList(first.getId(), tiedA.getId(), tiedB.getId()), ids(ranks.getInRegion().getTop()));
        assertTrue(ranks.getInNation().getOf() >= 4);
        GuideRanks today = boardService.guideRanks(tiedB.getId(), PeriodKind.DAY, Metric.NET_SALES);
        assertEquals(new BigDecimal("100.50"), today.getValue());
        assertEquals(1, today.getInStore().getRank());
        assertEquals(1, today.getInStore().getOf());
    }

    @Test
    void shouldBuildEachDateThatIsTodaySomewhereWhenStoresSpanZones() {
        Store shanghai = fixtures.store("Asia/Shanghai");
        Store london = fixtures.store("Europe/London");
        Guide east = fixtures.organisation.guide(shanghai);
        Guide west = fixtures.organisation.guide(london);
        // 23:30 on 30 June 2031 in London is 06:30 on 1 July in Shanghai.
        BoardFixtures.at("2031-06-30T22:30:00Z");
        fixtures.sale(east, LocalDate.of(2031, 7, 1), "88.00");
        fixtures.sale(west, LocalDate.of(2031, 6, 30), "55.00");

        builder.buildOpenPeriods();

        assertNotNull(snapshotDao.period("D2031-06-30"));
        assertNotNull(snapshotDao.period("D2031-07-01"));
        assertNotNull(snapshotDao.period("M2031-06"));
        assertNotNull(snapshotDao.period("M2031-07"));
        GuideRanks eastToday = boardService.guideRanks(east.getId(), PeriodKind.DAY, Metric.NET_SALES);
        GuideRanks westToday = boardService.guideRanks(west.getId(), PeriodKind.DAY, Metric.NET_SALES);
        assertEquals("D2031-07-01", eastToday.getPeriod().getKey());
        assertEquals(new BigDecimal("88.00"), eastToday.getValue());
        assertEquals("D2031-06-30", westToday.getPeriod().getKey());
        assertEquals(new BigDecimal("55.00"), westToday.getValue());
        assertEquals(new BigDecimal("55.00"), boardService.guideRanks(west.getId(), PeriodKind.MONTH,
                Metric.NET_SALES).getValue());
    }

    @Test
    void shouldBuildAClosedPeriodOneLastTimeAndNeverAfter() {
        Store store = fixtures.store("Asia/Shanghai");
        Guide guide = fixtures.organisation.guide(store);
        LocalDate day = LocalDate.of(2031, 9, 9);
        fixtures.sale(guide, day, "10.00");
        BoardFixtures.at("2031-09-09T03:00:00Z");
        builder.buildOpenPeriods();
        assertEquals(PeriodState.OPEN, snapshotDao.period("D2031-09-09").getState());

        // A late delivery on the day, then the day is over in every zone there is (UTC-12 included: other tests'
        // stores share the database) and its grace day has passed.
        fixtures.sale(guide, day, "5.00");
        BoardFixtures.at("2031-09-11T13:00:00Z");
        builder.buildOpenPeriods();
        RankPeriodRow frozen = snapshotDao.period("D2031-09-09");
        assertEquals(PeriodState.FROZEN, frozen.getState());
        assertEquals(new BigDecimal("15.00"), value("D2031-09-09", guide));

        fixtures.sale(guide, day, "1000.00");
        BoardFixtures.at("2031-09-11T13:10:00Z");
        builder.buildOpenPeriods();

        assertEquals(new BigDecimal("15.00"), value("D2031-09-09", guide));
        assertEquals(frozen.getBuiltAt(), snapshotDao.period("D2031-09-09").getBuiltAt());
        assertEquals(frozen.getBuildNo(), snapshotDao.period("D2031-09-09").getBuildNo());
        assertEquals(new BigDecimal("1015.00"), value("W2031-09-08", guide), "the open week is rebuilt");
    }

    @Test
    void shouldShowEachBuildsTopThreeEvenWhenTwoBuildsShareASecond() {
        Store store = fixtures.store("Asia/Shanghai");
        Guide leader = fixtures.organisation.guide(store);
        Guide second = fixtures.organisation.guide(store);
        Guide reader = fixtures.organisation.guide(store);
        Guide newcomer = fixtures.organisation.guide(store);
        LocalDate day = LocalDate.of(2031, 11, 20);
        fixtures.sale(leader, day, "90.00");
        fixtures.sale(second, day, "40.00");
        BoardFixtures.at("2031-11-20T05:00:00Z");
        builder.buildOpenPeriods();
        RankPeriodRow firstBuild = snapshotDao.period("D2031-11-20");
        GuideRanks before = boardService.guideRanks(reader.getId(), PeriodKind.DAY, Metric.NET_SALES);
        assertEquals(Arrays.asList(leader.getId(), second.getId()), ids(before.getInStore().getTop()).subList(0, 2));

        // The clock stands still: the second build has the same BUILT_AT, but not the same build number.
        fixtures.sale(newcomer, day, "500.00");
        builder.buildOpenPeriods();

        RankPeriodRow secondBuild = snapshotDao.period("D2031-11-20");
        assertEquals(firstBuild.getBuiltAt(), secondBuild.getBuiltAt());
        assertEquals(firstBuild.getBuildNo() + 1, secondBuild.getBuildNo());
        GuideRanks after = boardService.guideRanks(reader.getId(), PeriodKind.DAY, Metric.NET_SALES);
        assertEquals(Arrays.asList(newcomer.getId(), leader.getId(), second.getId()),
                ids(after.getInStore().getTop()));
        assertEquals(4, after.getInStore().getRank());
        assertEquals(4, after.getInStore().getOf());
        assertEquals(newcomer.getId(), after.getInRegion().getTop().get(0).getSubjectId());
        BoardEntry shown = after.getInStore().getTop().get(0);
        assertEquals(newcomer.getGuideCode() + " " + newcomer.getName(), shown.getCode() + " " + shown.getName(),
                "the snapshot keeps the code and name it ranked");
    }

    @Test
    void shouldLeaveAGuideUnrankedInAPeriodNeverBuilt() {
        Guide guide = fixtures.organisation.guide(fixtures.store("Asia/Shanghai"));

        GuideRanks ranks = boardService.guideRanks(guide.getId(), RankPeriodKey.parse("D2020-01-01"),
                Metric.ORDERS);

        assertNull(ranks.getValue());
        assertNull(ranks.getBuiltAt());
    }

    private BigDecimal value(String period, Guide guide) {
        return snapshotDao.row(period, Metric.NET_SALES, SubjectKind.GUIDE, guide.getId()).getValue();
    }

    static List<String> lines(Leaderboard board) {
        List<String> lines = new ArrayList<String>();
        for (BoardEntry entry : board.getEntries()) {
            lines.add(entry.getRank() + " " + entry.getSubjectId() + " " + entry.getValue());
        }
        return lines;
    }

    private static List<Long> ids(List<BoardEntry> entries) {
        List<Long> ids = new ArrayList<Long>();
        for (BoardEntry entry : entries) {
            ids.add(entry.getSubjectId());
        }
        return ids;
    }
}
