package com.guidecommerce.bench;

import com.guidecommerce.core.commission.rule.RateRule;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --ledger-rows N}: a year of ledger before the stream ({@link LedgerHistory}), N rows of GC_COMMISSION_ENTRY
 * with their orders, lines, attributions and statements, written after the setup and before the timed part, so the
 * pipeline meets a ledger of a brand's size. The stream's rows get the ids after the seed's.
 *
 * <p>A seed survives the next run on the same database: BENCH_LEDGER_SEED records what it was made of and where its
 * ids end, the start of a run deletes only the rows after them (what the last stream wrote) instead of emptying these
 * tables, and the seed is used again when it was made for the same rows, options and setup ids. Anything else writes
 * it anew.
 */
final class LedgerSeed {

    /** Seeded tables with their keys, children first; the stream's rows are those from the recorded next id on. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"GC_COMMISSION_ENTRY", "ENTRY_ID", "NEXT_ENTRY_ID"},
            new String[] {"GC_ORDER_ATTRIBUTION", "CHANNEL_ORDER_ID", "NEXT_ORDER_ID"},
            new String[] {"GC_CHANNEL_ORDER_LINE", "ORDER_LINE_ID", "NEXT_LINE_ID"},
            new String[] {"GC_CHANNEL_ORDER", "CHANNEL_ORDER_ID", "NEXT_ORDER_ID"},
            new String[] {"GC_SETTLEMENT_STATEMENT", "STATEMENT_ID", "NEXT_STATEMENT_ID"});
    private static final int DELETE_CHUNK = 10_000;

    /** Where the stream's rows start: the first ids after the seed's (all 0 without a seed). */
    record StreamStart(long orderId, long lineId, long entryId) {

        static final StreamStart NONE = new StreamStart(0, 0, 0);

        /** The first stream id of each table whose key the seed also uses. */
        Map<String, Long> byTable() {
            return Map.of("GC_CHANNEL_ORDER", orderId, "GC_CHANNEL_ORDER_LINE", lineId, "GC_ORDER_ATTRIBUTION",
                    orderId, "GC_COMMISSION_ENTRY", entryId);
        }
    }

    /** The active plan's ids, rates and rule scopes as its entries record them, by role. */
    record Plan(long planId, Map<String, Long> ruleIds, Map<String, BigDecimal> rates, Map<String, String> scopes) {

        BigDecimal ratePercent(String role) {
            return rates.get(role);
        }

        Long ruleId(String role) {
            return ruleIds.get(role);
        }

        String ruleScope(String role) {
            return scopes.get(role);
        }
    }

    private final BenchOptions options;
    private final Population population;

    LedgerSeed(BenchOptions options, Population population) {
        this.options = options;
        this.population = population;
    }

    /**
     * At the start of a run, before the tables are emptied: with a recorded seed of the rows and seed asked, deletes
     * the rows after the seed's and answers the tables left as they are; otherwise forgets any seed (the tables are
     * emptied) and answers none.
     */
    static List<String> keepSeed(Statement s, BenchOptions options) throws SQLException {
        String recorded = recordedFingerprint(s);
        Map<String, Long> next = recorded != null && recorded.startsWith(sizeAndSeed(options)) ? recordedNextIds(s)
                : null;
        if (next == null) {
            s.execute("DROP TABLE IF EXISTS BENCH_LEDGER_SEED");
            return List.of();
        }
        long t0 = System.nanoTime();
        long total = 0;
        for (String[] table : TABLES) {
            long deleted;
            do {
                deleted = s.executeUpdate("DELETE FROM " + table[0] + " WHERE " + table[1] + " >= " + next.get(table[2])
                        + " ORDER BY " + table[1] + " LIMIT " + DELETE_CHUNK);
                total += deleted;
            } while (deleted == DELETE_CHUNK);
        }
        System.out.printf("[bench] ledger seed kept: deleted the %,d rows the last stream added to its tables"
                + " in %.0f s%n", total, (System.nanoTime() - t0) / 1e9);
        return TABLES.stream().map(table -> table[0]).toList();
    }

    /** After the setup: uses the recorded seed when it fits, else writes it; prints what it did. */
    StreamStart run() throws SQLException {
        long t0 = System.nanoTime();
        Plan plan;
        String fingerprint;
        try (Connection connection = BenchContext.connect(options); Statement s = connection.createStatement()) {
            plan = plan(s);
            fingerprint = fingerprint(plan);
            if (fingerprint.equals(recordedFingerprint(s))) {
                Map<String, Long> next = recordedNextIds(s);
                StreamStart start = new StreamStart(next.get("NEXT_ORDER_ID"), next.get("NEXT_LINE_ID"),
                        next.get("NEXT_ENTRY_ID"));
                setSequences(s, start, next.get("NEXT_STATEMENT_ID"));
                print("reused the seed of an earlier run (its stream's rows deleted)", t0, s);
                return start;
            }
        }
        try (Connection connection = BenchContext.connect(options); Statement s = connection.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            s.execute("DROP TABLE IF EXISTS BENCH_LEDGER_SEED");
            for (String[] table : TABLES) {
                s.execute("TRUNCATE TABLE " + table[0]);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            LedgerHistory history = new LedgerHistory(options, population, plan);
            history.write(options);
            StreamStart start = new StreamStart(history.nextOrderId, history.nextLineId, history.nextEntryId);
            setSequences(s, start, history.nextStatementId);
            record(s, fingerprint, start, history.nextStatementId);
            print("seeded", t0, s);
            return start;
        }
    }

    private void print(String what, long t0, Statement s) throws SQLException {
        System.out.printf("[bench] ledger: %s, %,d rows asked, in %.0f s; GC_COMMISSION_ENTRY holds %,d rows,"
                        + " GC_CHANNEL_ORDER %,d, GC_SETTLEMENT_STATEMENT %,d%n", what, options.ledgerRows,
                (System.nanoTime() - t0) / 1e9, count(s, "GC_COMMISSION_ENTRY"), count(s, "GC_CHANNEL_ORDER"),
                count(s, "GC_SETTLEMENT_STATEMENT"));
    }

    /** The pipeline's ids continue after the seed's; so do Hibernate's for statements. */
    private static void setSequences(Statement s, StreamStart start, long nextStatementId) throws SQLException {
        s.execute("INSERT INTO GC_ID_SEQUENCE (SEQUENCE_NAME, NEXT_VALUE) VALUES ('GC_CHANNEL_ORDER', "
                + start.orderId() + "), ('GC_CHANNEL_ORDER_LINE', " + start.lineId() + "), ('GC_COMMISSION_ENTRY', "
                + start.entryId() + ") ON DUPLICATE KEY UPDATE NEXT_VALUE = VALUES(NEXT_VALUE)");
        s.execute("INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES ('GcSettlementStatementImpl', "
                + nextStatementId + ") ON DUPLICATE KEY UPDATE ID_VAL = VALUES(ID_VAL)");
    }

    private static void record(Statement s, String fingerprint, StreamStart start, long nextStatementId)
            throws SQLException {
        s.execute("CREATE TABLE BENCH_LEDGER_SEED (FINGERPRINT VARCHAR(255) NOT NULL, NEXT_ORDER_ID BIGINT NOT NULL,"
                + " NEXT_LINE_ID BIGINT NOT NULL, NEXT_ENTRY_ID BIGINT NOT NULL, NEXT_STATEMENT_ID BIGINT NOT NULL)");
        s.execute("INSERT INTO BENCH_LEDGER_SEED VALUES ('" + fingerprint + "', " + start.orderId() + ", "
                + start.lineId() + ", " + start.entryId() + ", " + nextStatementId + ")");
    }

    /** What the seed depends on: its size and seed, the population, and the ids the setup gave it. */
    private String fingerprint(Plan plan) {
        return sizeAndSeed(options) + " customers=" + population.customers
                + " guides=" + Arrays.hashCode(population.guideIds) + " franchisees="
                + Arrays.hashCode(population.franchiseeIds) + " plan=" + plan.planId() + plan.ruleIds();
    }

    private static String sizeAndSeed(BenchOptions options) {
        return "rows=" + options.ledgerRows + " seed=" + options.seed + " ";
    }

    private static String recordedFingerprint(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT FINGERPRINT FROM BENCH_LEDGER_SEED")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            // No seed recorded.
            return null;
        }
    }

    private static Map<String, Long> recordedNextIds(Statement s) {
        try (ResultSet rs = s.executeQuery("SELECT NEXT_ORDER_ID, NEXT_LINE_ID, NEXT_ENTRY_ID, NEXT_STATEMENT_ID"
                + " FROM BENCH_LEDGER_SEED")) {
            if (!rs.next()) {
                return null;
            }
            Map<String, Long> next = new HashMap<>();
            for (String column : List.of("NEXT_ORDER_ID", "NEXT_LINE_ID", "NEXT_ENTRY_ID", "NEXT_STATEMENT_ID")) {
                next.put(column, rs.getLong(column));
            }
            return next;
        } catch (SQLException e) {
            // No seed recorded.
            return null;
        }
    }

    private static Plan plan(Statement s) throws SQLException {
        long planId = 0;
        Map<String, Long> ruleIds = new HashMap<>();
        Map<String, BigDecimal> rates = new HashMap<>();
        Map<String, String> scopes = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT p.PLAN_ID, r.ROLE, r.RULE_ID, r.RATE_PERCENT"
                + " FROM GC_COMMISSION_RULE r JOIN GC_COMMISSION_PLAN p ON p.PLAN_ID = r.PLAN_ID"
                + " WHERE p.STATUS = 'ACTIVE'")) {
            while (rs.next()) {
                String role = rs.getString(2);
                planId = rs.getLong(1);
                ruleIds.put(role, rs.getLong(3));
                rates.put(role, rs.getBigDecimal(4));
                scopes.put(role, new RateRule(rs.getLong(3), role, null, null, null, null, rs.getBigDecimal(4), false)
                        .describeScope());
            }
        }
        return new Plan(planId, ruleIds, rates, scopes);
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
