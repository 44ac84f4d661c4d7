package com.guidecommerce.bench;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.PeriodKind;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.Leaderboard;
import com.guidecommerce.core.board.service.RankBuildSummary;
import com.guidecommerce.core.board.service.RankSnapshotBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The performance boards benchmark: seeds (or reuses) the organisation and a year of daily figures on MySQL, then
 * times a rebuild of the open rank snapshot periods (after new sales of today), the guide workbench read alone and
 * under concurrent readers, and HQ's national top-100 leaderboards over 31 and 366 days, each printed as percentiles
 * beside its goal.
 */
public final class BoardsMain {

    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final double GOAL_WORKBENCH_MILLIS = 50;
    private static final double GOAL_LEADERBOARD_31_MILLIS = 500;
    private static final double GOAL_LEADERBOARD_366_MILLIS = 1000;
    private static final double GOAL_REBUILD_MILLIS = 10_000;
    private static final int TOP = 100;

    private BoardsMain() {
    }

    public static void main(String[] args) throws Exception {
        BoardsOptions options = BoardsOptions.parse(args);
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = BenchContext.boot(options.connection, true, options.pool)) {
            System.out.printf("[boards] Broadleaf booted on %s in %.0f s%n", options.connection.url, (System.nanoTime() - t0) / 1e9);
            LocalDate today = LocalDate.now(STORE_ZONE);
            List<BoardsSeed.Placed> guides = new BoardsSeed(context, options, today).run();
            BoardService boards = context.getBean("gcBoardService", BoardService.class);
            RankSnapshotBuilder builder = context.getBean("gcRankSnapshotBuilder", RankSnapshotBuilder.class);

            long[] rebuilds = new long[options.rebuilds];
            RankBuildSummary summary = builder.buildOpenPeriods();
            System.out.println("[boards] first rebuild (not timed): " + summary);
            for (int i = 0; i < rebuilds.length; i++) {
                newSalesToday(options, today);
                long start = System.nanoTime();
                summary = builder.buildOpenPeriods();
                rebuilds[i] = System.nanoTime() - start;
            }
            List<String> results = new ArrayList<>();
            results.add(new Percentiles(rebuilds).line("snapshot rebuild, all open periods", GOAL_REBUILD_MILLIS)
                    + "  (" + summary + ")");

            results.add(new Percentiles(workbench(boards, guides, today, options, Math.max(20, options.reads), 1))
                    .line("guide workbench read, 1 reader", GOAL_WORKBENCH_MILLIS));
            results.add(new Percentiles(workbench(boards, guides, today, options, options.reads, options.readers))
                    .line("guide workbench read, " + options.readers + " readers", GOAL_WORKBENCH_MILLIS));

            results.add(new Percentiles(leaderboards(boards, today, 31, options.leaderboards))
                    .line("HQ national top-100 guides, NET_SALES, 31 days", GOAL_LEADERBOARD_31_MILLIS));
            results.add(new Percentiles(leaderboards(boards, today, 366, options.leaderboards))
                    .line("HQ national top-100 guides, NET_SALES, 366 days", GOAL_LEADERBOARD_366_MILLIS));

            System.out.printf("[boards] size: %,d guides, %,d stores, %d days ending %s%n", guides.size(),
                    options.stores, options.days, today);
            results.forEach(System.out::println);
            System.out.println("[boards] ingest with figures on vs off: scripts/bench-ingest.sh --figures-compare");
        }
        System.exit(0);
    }

    /**
     * Sales arrive between two rebuilds: every guide's figures of today grow by 1.00, and their store's by as much (on
     * its first channel of the day), so each rebuild ranks changed values and writes them, as during a trading day.
     */
    private static void newSalesToday(BoardsOptions options, LocalDate today) throws SQLException {
        java.sql.Date day = java.sql.Date.valueOf(today);
        try (Connection c = BenchContext.connect(options.connection);
             PreparedStatement guides = c.prepareStatement("UPDATE GC_FIG_GUIDE_DAY SET SALES = SALES + 1 WHERE DAY = ?");
             PreparedStatement counts = c.prepareStatement("SELECT g.STORE_ID, COUNT(*), (SELECT MIN(s.CHANNEL_CODE)"
                     + " FROM GC_FIG_STORE_DAY s WHERE s.DAY = g.DAY AND s.STORE_ID = g.STORE_ID AND s.CHANNEL_CODE"
                     + " <> '') FROM GC_FIG_GUIDE_DAY g WHERE g.DAY = ? GROUP BY g.STORE_ID, g.DAY");
             PreparedStatement stores = c.prepareStatement("UPDATE GC_FIG_STORE_DAY SET SALES = SALES + ? WHERE DAY = ?"
                     + " AND STORE_ID = ? AND CHANNEL_CODE = ?")) {
            c.setAutoCommit(false);
            guides.setDate(1, day);
            guides.executeUpdate();
            counts.setDate(1, day);
            try (ResultSet rs = counts.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(3) != null) {
                        stores.setLong(1, rs.getLong(2));
                        stores.setDate(2, day);
                        stores.setLong(3, rs.getLong(1));
                        stores.setString(4, rs.getString(3));
                        stores.addBatch();
                    }
                }
            }
            stores.executeBatch();
            c.commit();
        }
    }

    /**
     * One read = what a view of the guide workbench reads from the boards: a random guide's figures for a period
     * (today, this week or this month, in turn) against the period before, and their ranks in that period with each
     * scope's top three. Answers each read's time.
     */
    private static long[] workbench(BoardService boards, List<BoardsSeed.Placed> guides, LocalDate today,
                                    BoardsOptions options, int reads, int readers) throws Exception {
        final DayRange[] ranges = {new DayRange(today, today), new DayRange(today.with(DayOfWeek.MONDAY), today),
                new DayRange(today.withDayOfMonth(1), today)};
        final DayRange[] previous = {ranges[0].previous(), new DayRange(ranges[1].getFrom().minusWeeks(1),
                today.minusWeeks(1)), new DayRange(ranges[2].getFrom().minusMonths(1), today.minusMonths(1))};
        final PeriodKind[] kinds = {PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH};
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        long began = System.nanoTime();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                long seed = options.seed + r;
                futures.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    long[] nanos = new long[reads];
                    for (int i = 0; i < reads; i++) {
                        Long guide = guides.get(random.nextInt(guides.size())).guideId();
                        long start = System.nanoTime();
                        int period = i % kinds.length;
                        boards.guideBoard(guide, ranges[period], previous[period],
                                boards.currentPeriod(kinds[period], STORE_ZONE), Metric.NET_SALES);
                        nanos[i] = System.nanoTime() - start;
                    }
                    return nanos;
                }));
            }
            long[] all = new long[reads * readers];
            for (int r = 0; r < readers; r++) {
                System.arraycopy(futures.get(r).get(), 0, all, r * reads, reads);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("[boards] workbench reads, %d reader(s): %,d reads in %.1f s = %,.0f reads/s%n", readers,
                    all.length, seconds, all.length / seconds);
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /** The national top 100 guides by net sales over {@code days} days ending today (one untimed call first). */
    private static long[] leaderboards(BoardService boards, LocalDate today, int days, int calls) {
        DayRange range = new DayRange(today.minusDays(days - 1L), today);
        Leaderboard first = boards.leaderboard(BoardScope.nation(), SubjectKind.GUIDE, Metric.NET_SALES, range, TOP);
        System.out.printf("[boards] leaderboard over %s: %d entries%n", range, first.getEntries().size());
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            boards.leaderboard(BoardScope.nation(), SubjectKind.GUIDE, Metric.NET_SALES, range, TOP);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }
}
