package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.dao.FigureReader;
import com.guidecommerce.core.board.dao.RankSnapshotDao;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.PeriodKind;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The board service's figures, custom-range leaderboards and chart series on the test database, against sums the
 * test keeps of the figures it writes. Each test uses a year of its own, so the monthly rollups of one never hold
 * another's days.
 */
@ExtendWith(BroadleafContextExtension.class)
class BoardServiceTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBoardService")
    BoardService daysOnly;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    private BoardFixtures fixtures;
    private Store store;
    private Store beside;
    private final List<Object[]> guideSales = new ArrayList<Object[]>();

    @BeforeEach
    void organisation() {
        fixtures = new BoardFixtures(context);
        store = fixtures.store("Asia/Shanghai");
        beside = fixtures.storeBeside(store);
    }

    @Test
    void shouldSumWholeRolledUpMonthsAndTheRemainingDaysAsTheDaysAlone() {
        Guide guide = fixtures.organisation.guide(store);
        sell(guide, "2030-01-20", "10.25", 2);
        sell(guide, "2030-02-01", "100.00", 1);
        sell(guide, "2030-02-28", "7.50", 1);
        sell(guide, "2030-03-15", "40.00", 3);
        sell(guide, "2030-04-02", "1.10", 1);
        sell(guide, "2030-04-11", "999.00", 1);
        fixtures.figures.guideDay(LocalDate.parse("2030-03-16"), guide.getId(), store.getId(),
                store.getRegion().getId(), null, "0", "15.00", 0, 2, "4.00", "1.50");
        fixtures.figures.rollUp(LocalDate.parse("2030-02-01"));
        fixtures.figures.rollUp(LocalDate.parse("2030-03-01"));
        DayRange range = range("2030-01-15", "2030-04-10");
        BoardService months = withMonths(YearMonth.of(2030, 2), YearMonth.of(2030, 3));

        Figures fromDays = daysOnly.figures(BoardScope.guide(guide.getId()), range);
        Figures fromMonths = months.figures(BoardScope.guide(guide.getId()), range);

        assertEquals(new BigDecimal("143.85"), fromDays.getNetSales());
        assertEquals(8, fromDays.getOrders());
        assertEquals(2, fromDays.getNewMembers());
        assertEquals(new BigDecimal("2.50"), fromDays.getCommission());
        assertEquals(fromDays.toString(), fromMonths.toString());
        // Without their days, February and March still count when read from the months.
        jdbc.update("DELETE FROM GC_FIG_GUIDE_DAY WHERE GUIDE_ID = ? AND DAY BETWEEN ? AND ?", guide.getId(),
                Date.valueOf("2030-02-01"), Date.valueOf("2030-03-31"));
        assertEquals(new BigDecimal("143.85"), months.figures(BoardScope.guide(guide.getId()), range).getNetSales());
        assertNotEquals(new BigDecimal("143.85"), daysOnly.figures(BoardScope.guide(guide.getId()), range)
                .getNetSales());
    }

    @Test
    void shouldReadSeveralGuidesFiguresTogetherAsEachAloneAndZerosForAGuideWithout() {
        Guide busy = fixtures.organisation.guide(store);
        Guide quiet = fixtures.organisation.guide(store);
        Guide idle = fixtures.organisation.guide(store);
        Guide elsewhere = fixtures.organisation.guide(beside);
        sell(busy, "2033-06-30", "5.00", 1);
        sell(busy, "2033-07-01", "20.00", 2);
        sell(busy, "2033-08-31", "30.00", 1);
        sell(quiet, "2033-07-15", "8.80", 1);
        sell(elsewhere, "2033-07-20", "70.00", 1);
        fixtures.figures.rollUp(LocalDate.parse("2033-07-01"));
        DayRange range = range("2033-07-01", "2033-08-31");
        BoardService months = withMonths(YearMonth.of(2033, 7));

        Map<Long, Figures> together = months.figuresOfGuides(Arrays.asList(busy.getId(), quiet.getId(),
                idle.getId()), range);

        assertEquals(Arrays.asList(busy.getId(), quiet.getId(), idle.getId()),
                new ArrayList<Long>(together.keySet()));
        for (Guide guide : Arrays.asList(busy, quiet, idle)) {
            assertEquals(daysOnly.figures(BoardScope.guide(guide.getId()), range).toString(),
                    together.get(guide.getId()).toString());
        }
        assertEquals(new BigDecimal("50.00"), together.get(busy.getId()).getNetSales());
        assertEquals(3, together.get(busy.getId()).getOrders());
        assertEquals(Figures.ZERO.toString(), together.get(idle.getId()).toString());
    }

    @Test
    void shouldCompareARangeWithTheEqualRangeBeforeIt() {
        Guide guide = fixtures.organisation.guide(store);
        sell(guide, "2029-05-08", "30.00", 1);
        sell(guide, "2029-05-09", "12.00", 1);
        sell(guide, "2029-05-10", "50.00", 2);

        FiguresComparison comparison = daysOnly.figuresWithPrevious(BoardScope.guide(guide.getId()),
                range("2029-05-10", "2029-05-11"));

        assertEquals(range("2029-05-08", "2029-05-09"), comparison.getPreviousRange());
        assertEquals(new BigDecimal("50.00"), comparison.getCurrent().getNetSales());
        assertEquals(new BigDecimal("42.00"), comparison.getPrevious().getNetSales());
        assertEquals(new BigDecimal("19.0"), comparison.changePercent(Metric.NET_SALES));
        assertEquals(new BigDecimal("0.0"), comparison.changePercent(Metric.ORDERS));
    }

    @Test
    void shouldRankACustomRangeFromMonthsAndDaysWithTiesSharingARank() {
        Guide a = fixtures.organisation.guide(store);
        Guide b = fixtures.organisation.guide(store);
        Guide c = fixtures.organisation.guide(beside);
        Guide d = fixtures.organisation.guide(beside);
        sell(a, "2028-01-31", "50.00", 1);
        sell(a, "2028-02-10", "25.00", 1);
        sell(b, "2028-02-29", "75.00", 1);
        sell(c, "2028-03-01", "80.00", 1);
        sell(d, "2028-02-02", "10.00", 1);
        sell(d, "2028-03-02", "10.00", 1);
        fixtures.figures.rollUp(LocalDate.parse("2028-02-01"));
        DayRange range = range("2028-01-30", "2028-03-01");
        BoardService months = withMonths(YearMonth.of(2028, 2));

        Leaderboard region = months.leaderboard(BoardScope.region(store.getRegion().getId()), SubjectKind.GUIDE,
                Metric.NET_SALES, range, 3);
        Leaderboard inStore = months.leaderboard(BoardScope.store(store.getId()), SubjectKind.GUIDE,
                Metric.NET_SALES, range, 10);

        assertEquals(expectedBoard(range, store.getRegion().getId(), null, 3), RankSnapshotBuilderTest.lines(region));
        assertEquals(Arrays.asList("1 " + c.getId() + " 80.00", "2 " + a.getId() + " 75.00",
                "2 " + b.getId() + " 75.00"), RankSnapshotBuilderTest.lines(region));
        assertEquals(expectedBoard(range, null, store.getId(), 10), RankSnapshotBuilderTest.lines(inStore));
        assertEquals(RankSnapshotBuilderTest.lines(region), RankSnapshotBuilderTest.lines(daysOnly.leaderboard(
                BoardScope.region(store.getRegion().getId()), SubjectKind.GUIDE, Metric.NET_SALES, range, 3)));
        assertEquals(c.getName(), region.getEntries().get(0).getName());
    }

    @Test
    void shouldChartTheTopChannelsPerDayAndTheRestAsOthers() {
        String[][] sales = {
                {"2027-04-01", "TMALL", "100.00"}, {"2027-04-01", "JD", "30.00"}, {"2027-04-01", "POS", "5.00"},
                {"2027-04-02", "TMALL", "10.00"}, {"2027-04-02", "POS", "70.00"}, {"2027-04-03", "JD", "1.00"}};
        Store[] stores = {store, beside};
        for (int i = 0; i < sales.length; i++) {
            Store at = stores[i % 2];
            fixtures.figures.storeDay(LocalDate.parse(sales[i][0]), at.getId(), sales[i][1], at.getRegion().getId(),
                    null, sales[i][2], "0", 1, 0, "0", "0");
        }
        DayRange range = range("2027-04-01", "2027-04-03");

        ChartSeries series = daysOnly.series(BoardScope.region(store.getRegion().getId()), Metric.NET_SALES, range,
                SeriesSplit.CHANNEL, 2);

        Map<String, BigDecimal[]> expected = new LinkedHashMap<String, BigDecimal[]>();
        for (String[] sale : sales) {
            String line = sale[1].equals("JD") ? "*" : sale[1];
            BigDecimal[] values = expected.computeIfAbsent(line, k -> zeros(3));
            int day = LocalDate.parse(sale[0]).getDayOfMonth() - 1;
            values[day] = values[day].add(new BigDecimal(sale[2]));
        }
        assertEquals(Arrays.asList(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-04-02"),
                LocalDate.parse("2027-04-03")), series.getBuckets());
        assertEquals(Arrays.asList("TMALL", "POS", "*"), keys(series));
        for (SeriesLine line : series.getLines()) {
            assertEquals(Arrays.asList(expected.get(line.getKey())).toString(), line.getValues().toString(),
                    line.getKey());
        }
        assertEquals(true, series.getLines().get(2).isOthers());
        assertEquals("{JD=31.00, POS=75.00, TMALL=110.00}", new TreeMap<String, BigDecimal>(daysOnly.totals(
                BoardScope.region(store.getRegion().getId()), Metric.NET_SALES, range, SeriesSplit.CHANNEL)).toString());
    }

    @Test
    void shouldChartALongRangePerMonthByStore() {
        String[][] sales = {{"2026-01-05", "0", "10.00"}, {"2026-02-05", "1", "20.00"}, {"2026-03-31", "0", "30.00"},
                {"2026-03-01", "1", "1.00"}};
        Store[] stores = {store, beside};
        for (String[] sale : sales) {
            Store at = stores[Integer.parseInt(sale[1])];
            fixtures.figures.storeDay(LocalDate.parse(sale[0]), at.getId(), "POS", at.getRegion().getId(), null,
                    sale[2], "0", 1, 0, "0", "0");
        }

        ChartSeries series = daysOnly.series(BoardScope.region(store.getRegion().getId()), Metric.NET_SALES,
                range("2026-01-02", "2026-03-31"), SeriesSplit.STORE, 5);

        assertEquals(true, series.isMonthly());
        assertEquals(Arrays.asList(LocalDate.parse("2026-01-02"), LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-03-01")), series.getBuckets());
        assertEquals(Arrays.asList(String.valueOf(store.getId()), String.valueOf(beside.getId())), keys(series));
        assertEquals("[10.00, 0.00, 30.00]", series.getLines().get(0).getValues().toString());
        assertEquals("[0.00, 20.00, 1.00]", series.getLines().get(1).getValues().toString());
        assertEquals(store.getCode(), series.getLines().get(0).getCode());
    }

    @Test
    void shouldChartBindingsPerDayAndRankThemFromTheFiguresOnly() {
        Guide guide = fixtures.organisation.guide(store);
        Guide other = fixtures.organisation.guide(store);
        // The fixture counts each new member as a binding too.
        fixtures.figures.guideDay(LocalDate.parse("2025-06-01"), guide.getId(), store.getId(),
                store.getRegion().getId(), null, "0", "0", 0, 3, "0", "0");
        fixtures.figures.guideDay(LocalDate.parse("2025-06-03"), other.getId(), store.getId(),
                store.getRegion().getId(), null, "0", "0", 0, 5, "0", "0");
        fixtures.figures.storeDay(LocalDate.parse("2025-06-01"), store.getId(), "", store.getRegion().getId(), null,
                "0", "0", 0, 3, "0", "0");
        DayRange range = range("2025-06-01", "2025-06-03");

        ChartSeries series = daysOnly.series(BoardScope.store(store.getId()), Metric.BINDINGS, range,
                SeriesSplit.NONE, 1);
        Leaderboard board = daysOnly.leaderboard(BoardScope.store(store.getId()), SubjectKind.GUIDE, Metric.BINDINGS,
                RankPeriodKey.of(PeriodKind.MONTH, LocalDate.parse("2025-06-01")), 10);

        assertEquals("[3.00, 0.00, 0.00]", series.getLines().get(0).getValues().toString());
        assertEquals(new BigDecimal("3"), daysOnly.figures(BoardScope.store(store.getId()), range)
                .get(Metric.BINDINGS));
        assertEquals(Arrays.asList(other.getId(), guide.getId()), Arrays.asList(
                board.getEntries().get(0).getSubjectId(), board.getEntries().get(1).getSubjectId()));
        assertEquals(false, Metric.BINDINGS.isRanked());
    }

    private void sell(Guide guide, String day, String amount, int orders) {
        Store at = guide.getStore();
        fixtures.figures.guideDay(LocalDate.parse(day), guide.getId(), at.getId(), at.getRegion().getId(), null,
                amount, "0", orders, 0, "0", "0");
        guideSales.add(new Object[] {LocalDate.parse(day), guide.getId(), at.getId(), at.getRegion().getId(),
                new BigDecimal(amount)});
    }

    /** The expected board, computed from the sales this test wrote: sum, sort, rank 1224. */
    private List<String> expectedBoard(DayRange range, Long regionId, Long storeId, int topN) {
        Map<Long, BigDecimal> sums = new TreeMap<Long, BigDecimal>();
        for (Object[] sale : guideSales) {
            if (range.contains((LocalDate) sale[0]) && (regionId == null || regionId.equals(sale[3]))
                    && (storeId == null || storeId.equals(sale[2]))) {
                sums.merge((Long) sale[1], (BigDecimal) sale[4], BigDecimal::add);
            }
        }
        List<Map.Entry<Long, BigDecimal>> sorted = new ArrayList<Map.Entry<Long, BigDecimal>>(sums.entrySet());
        sorted.sort((x, y) -> y.getValue().compareTo(x.getValue()) != 0 ? y.getValue().compareTo(x.getValue())
                : x.getKey().compareTo(y.getKey()));
        List<String> lines = new ArrayList<String>();
        for (int i = 0; i < Math.min(topN, sorted.size()); i++) {
            int greater = 0;
            for (Map.Entry<Long, BigDecimal> other : sorted) {
                greater += other.getValue().compareTo(sorted.get(i).getValue()) > 0 ? 1 : 0;
            }
            lines.add((greater + 1) + " " + sorted.get(i).getKey() + " " + sorted.get(i).getValue());
        }
        return lines;
    }

    private BoardService withMonths(final YearMonth... rolledUp) {
        return new BoardServiceImpl(context.getBean("gcBoardFigureReader", FigureReader.class),
                context.getBean("gcRankSnapshotDao", RankSnapshotDao.class),
                context.getBean("gcOrganisationService", OrganisationService.class),
                context.getBean("gcStoreTimeZones", StoreTimeZones.class),
                month -> Arrays.asList(rolledUp).contains(month),
                context.getBean("gcChartSeriesReader", ChartSeriesReader.class),
                context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    private static List<String> keys(ChartSeries series) {
        List<String> keys = new ArrayList<String>();
        for (SeriesLine line : series.getLines()) {
            keys.add(line.getKey());
        }
        return keys;
    }

    private static BigDecimal[] zeros(int count) {
        BigDecimal[] zeros = new BigDecimal[count];
        Arrays.fill(zeros, BigDecimal.ZERO.setScale(2));
        return zeros;
    }

    private static DayRange range(String from, String to) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
