package com.guidecommerce.bench;

import com.guidecommerce.core.share.ShareCodes;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The channel ingest benchmark: sets up an organisation, customers, bindings, channels and a plan on MySQL, and
 * optionally a year of ledger; generates the stream; feeds it to the real ingest service and times it (optionally with
 * the boards' figures off and on in turn); checks the ledger; then times raw batched JDBC inserts of the same rows (the
 * ceiling) and prints both rates and their ratio.
 */
public final class BenchMain {

    private static final double TARGET_LINES_PER_SECOND = 5000;
    private static final double TARGET_SHARE_OF_CEILING = 0.40;
    private static final long GIB = 1L << 30;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        long t0 = System.nanoTime();
        boolean reconciled;
        try (ConfigurableApplicationContext context = BenchContext.boot(options)) {
            System.out.printf("[bench] Broadleaf booted on %s in %.0f s%n", options.url, seconds(t0));
            try (Connection connection = BenchContext.connect(options)) {
                printServer(connection);
            }
            Population population = new Population(options);
            long t1 = System.nanoTime();
            new DatasetSetup(context, options, population).run();
            System.out.printf("[bench] setup: %d stores, %d guides, %d franchisees, %,d customers (%d %% bound) in %.0f s%n",
                    population.stores, population.guides(), population.franchisees, population.customers,
                    Population.BOUND_PERCENT, seconds(t1));
            LedgerSeed.StreamStart start = options.ledgerRows > 0 ? new LedgerSeed(options, population).run()
                    : LedgerSeed.StreamStart.NONE;

            long t2 = System.nanoTime();
            StreamGenerator generator = new StreamGenerator(options, population,
                    context.getBean("gcShareCodes", ShareCodes.class));
            List<List<Delivery>> stream = generator.generate();
            Expectation expected = generator.expectation();
            System.out.printf("[bench] stream: %,d orders, %,d lines, %,d completions, %,d refunds, %,d duplicates,"
                            + " %,d early, %,d unmatched, %,d shared; %,d events in %.0f s%n", expected.orders,
                    expected.paidLines, expected.completions, expected.refunds, expected.duplicates, expected.early,
                    expected.unmatchedOrders, expected.sharedOrders, expected.events(), seconds(t2));

            System.out.printf("[bench] ingesting through gcChannelIngestService.ingestAll, %d events per call ...%n",
                    options.batch);
            try (Connection connection = BenchContext.connect(options)) {
                BenchContext.awaitPurge(connection);
                BenchContext.flushToDisk(connection, null);
            }
            IngestBenchmark ingest = new IngestBenchmark(context, options);
            FiguresCompare compare = options.figuresCompare ? new FiguresCompare(ingest, new FiguresSwitch(context))
                    : null;
            IngestBenchmark.Outcome run = compare == null ? ingest.runToDisk(stream) : compare.run(stream);
            stream = null;
            printRun(run);
            if (compare != null) {
                compare.print();
            }
            // With the comparison, the rate that counts is the figures-on side's: production runs with them.
            double linesPerSecond = compare == null ? run.linesPerSecond() : compare.linesPerSecondOn();
            String which = compare == null ? "" : " (figures on)";

            try (Connection connection = BenchContext.connect(options)) {
                printTables(connection);
                reconciled = new LedgerCheck(connection, expected, start, options.ledgerRows).run();
                if (options.ceiling) {
                    Map<String, Long> nanos = new CeilingBenchmark(connection, options, 1000, start.byTable()).run();
                    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
                    nanos.forEach((table, n) -> System.out.printf("[bench] ceiling %-22s %.1f s%n", table, n / 1e9));
                    double ceiling = expected.paidLines / (total / 1e9);
                    double ratio = linesPerSecond / ceiling;
                    System.out.printf("[bench] CEILING: %,.0f lines/s (raw batched JDBC inserts of the same rows, %d"
                            + " connection(s), %.1f s)%n", ceiling, options.threads, total / 1e9);
                    System.out.printf("[bench] RATIO: pipeline%s / ceiling = %.0f %% (target >= %.0f %%) %s%n",
                            which, ratio * 100, TARGET_SHARE_OF_CEILING * 100,
                            ratio >= TARGET_SHARE_OF_CEILING ? "MET" : "MISSED");
                }
            }
            System.out.printf("[bench] END TO END%s: %,.0f lines/s (target >= %,.0f) %s%n", which, linesPerSecond,
                    TARGET_LINES_PER_SECOND, linesPerSecond >= TARGET_LINES_PER_SECOND ? "MET" : "MISSED");
        }
        System.exit(reconciled ? 0 : 1);
    }

    private static void printRun(IngestBenchmark.Outcome run) {
        System.out.printf("[bench] pipeline: %,d order lines in %.1f s (%.1f s of it writing the last pages to disk)"
                        + " = %,.0f lines/s; %,d calls, per call p50 %d ms, p99 %d ms, max %d ms%n",
                run.paidLinesAccepted, run.totalNanos() / 1e9, run.flushNanos / 1e9, run.linesPerSecond(), run.calls,
                run.percentileMillis(0.5), run.percentileMillis(0.99), run.percentileMillis(1.0));
        System.out.println("[bench] results by event type and answer:");
        run.byResult.forEach((key, count) -> System.out.printf("[bench]   %-40s %,10d%n", key, count));
        System.out.printf("[bench] ledger entries written (as answered): %,d%n", run.entriesWritten);
        run.rejectedReasons.entrySet().stream().limit(5)
                .forEach(e -> System.out.printf("[bench]   rejected %,d x: %s%n", e.getValue(), e.getKey()));
    }

    /** The server's settings that decide write throughput, with a word when they are smaller than the README's. */
    private static void printServer(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder();
        long bufferPool;
        long redoLog;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION(),"
                + " @@innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit, @@innodb_log_file_size, @@sync_binlog,"
                + " @@log_bin")) {
            rs.next();
            bufferPool = rs.getLong(2);
            redoLog = rs.getLong(4);
            text.append("MySQL ").append(rs.getString(1)).append(", innodb_buffer_pool_size=").append(bufferPool >> 20)
                    .append("M, innodb_flush_log_at_trx_commit=").append(rs.getString(3))
                    .append(", innodb_log_file_size=").append(redoLog >> 20).append("M, sync_binlog=")
                    .append(rs.getString(5)).append(", log_bin=").append(rs.getString(6));
        }
        System.out.println("[bench] " + text + "; JVM " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + " " + ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-X")).toList() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores");
        if (bufferPool < GIB || redoLog < GIB) {
            System.out.println("[bench] note: the README's figures were taken with innodb_buffer_pool_size and"
                    + " innodb_log_file_size of 1 GiB; a smaller redo log makes the server flush pages far more often"
                    + " under this write load (README, Benchmark, shows how to set both)");
        }
    }

    private static void printTables(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME,"
                + " TABLE_ROWS, ROUND((DATA_LENGTH + INDEX_LENGTH) / 1048576) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('GC_CHANNEL_EVENT', 'GC_CHANNEL_ORDER',"
                + " 'GC_CHANNEL_ORDER_LINE', 'GC_COMMISSION_ENTRY', 'GC_MEMBER_IDENTITY')")) {
            while (rs.next()) {
                System.out.printf("[bench]   table %-22s ~%,d rows, %,d MB%n", rs.getString(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
