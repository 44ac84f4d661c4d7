package com.guidecommerce.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After the run: does the database hold exactly what the stream implies? Orders, lines and refunded money against the
 * generator's own totals; the ledger (COMMISSION minus REVERSAL) against the plan recomputed per order from the
 * generated lines and refunds; and nothing applied twice. Only the stream's rows count: those from the first ids after
 * a ledger seed's, whose own rows must still all be there.
 */
final class LedgerCheck {

    private final Connection connection;
    private final Expectation expected;
    private final LedgerSeed.StreamStart start;
    private final long seededEntries;
    private final List<String> failures = new ArrayList<>();

    LedgerCheck(Connection connection, Expectation expected, LedgerSeed.StreamStart start, long seededEntries) {
        this.connection = connection;
        this.expected = expected;
        this.start = start;
        this.seededEntries = seededEntries;
    }

    /** Prints every check; returns whether all passed. */
    boolean run() throws SQLException {
        System.out.println("[bench] events by stored status: " + groupCounts(
                "SELECT STATUS, COUNT(*) FROM GC_CHANNEL_EVENT GROUP BY STATUS"));
        System.out.println("[bench] orders by match status: " + groupCounts(
                "SELECT MATCH_STATUS, COUNT(*) FROM GC_CHANNEL_ORDER WHERE " + orders() + " GROUP BY MATCH_STATUS"));
        check("stored events", expected.events(), single("SELECT COUNT(*) FROM GC_CHANNEL_EVENT"));
        check("events stored as DUPLICATE", expected.duplicates,
                single("SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE STATUS = 'DUPLICATE'"));
        check("events still WAITING or REJECTED", 0,
                single("SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE STATUS IN ('WAITING', 'REJECTED', 'RECEIVED')"));
        check("orders", expected.orders, single("SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE " + orders()));
        check("unmatched orders", expected.unmatchedOrders,
                single("SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE MATCH_STATUS = 'UNMATCHED' AND " + orders()));
        check("order lines", expected.paidLines, single("SELECT COUNT(*) FROM GC_CHANNEL_ORDER_LINE WHERE " + lines()));
        check("paid fen", expected.paidFen,
                single("SELECT SUM(PAID_AMOUNT) * 100 FROM GC_CHANNEL_ORDER_LINE WHERE " + lines()));
        check("refunded fen", expected.refundedFen,
                single("SELECT SUM(REFUNDED_AMOUNT) * 100 FROM GC_CHANNEL_ORDER_LINE WHERE " + lines()));
        check("commission fen", expected.commissionFen,
                single("SELECT COALESCE(SUM(AMOUNT), 0) * 100 FROM GC_COMMISSION_ENTRY WHERE KIND = 'COMMISSION' AND "
                        + entries()));
        check("reversal fen", expected.reversalFen,
                single("SELECT COALESCE(SUM(AMOUNT), 0) * 100 FROM GC_COMMISSION_ENTRY WHERE KIND = 'REVERSAL' AND "
                        + entries()));
        check("line/role pairs credited twice", 0, single("SELECT COUNT(*) FROM (SELECT ORDER_LINE_ID, ROLE"
                + " FROM GC_COMMISSION_ENTRY WHERE KIND = 'COMMISSION' AND " + entries()
                + " GROUP BY ORDER_LINE_ID, ROLE HAVING COUNT(*) > 1) x"));
        check("line/role pairs reversed beyond their commission", 0, single("SELECT COUNT(*) FROM (SELECT ORDER_LINE_ID,"
                + " ROLE FROM GC_COMMISSION_ENTRY WHERE " + entries() + " GROUP BY ORDER_LINE_ID, ROLE"
                + " HAVING SUM(AMOUNT) < 0) x"));
        check("event keys applied more than once", 0, single("SELECT COUNT(*) FROM (SELECT CHANNEL_CODE, EVENT_KEY"
                + " FROM GC_CHANNEL_EVENT WHERE STATUS = 'APPLIED' GROUP BY CHANNEL_CODE, EVENT_KEY HAVING COUNT(*) > 1) x"));
        if (seededEntries > 0) {
            check("seeded ledger rows still there", seededEntries,
                    single("SELECT COUNT(*) FROM GC_COMMISSION_ENTRY WHERE ENTRY_ID < " + start.entryId()));
        }
        perOrder();
        if (failures.isEmpty()) {
            System.out.println("[bench] LEDGER RECONCILES: every check passed");
        } else {
            System.out.println("[bench] LEDGER CHECK FAILED: " + String.join("; ", failures));
        }
        return failures.isEmpty();
    }

    /** Each order's ledger against the plan applied to its generated lines and refunds. */
    private void perOrder() throws SQLException {
        long mismatched = 0;
        Set<String> seen = new HashSet<>();
        List<String> examples = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT o.CHANNEL_CODE, o.ORDER_NO,"
                     + " SUM(CASE WHEN e.KIND = 'COMMISSION' THEN e.AMOUNT ELSE 0 END),"
                     + " SUM(CASE WHEN e.KIND = 'REVERSAL' THEN e.AMOUNT ELSE 0 END)"
                     + " FROM GC_COMMISSION_ENTRY e JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID"
                     + " WHERE e." + entries() + " GROUP BY o.CHANNEL_ORDER_ID, o.CHANNEL_CODE, o.ORDER_NO")) {
            while (rs.next()) {
                String key = rs.getString(1) + ":" + rs.getString(2);
                seen.add(key);
                long[] want = expected.perOrder.getOrDefault(key, new long[2]);
                long commission = StreamGenerator.toFen(rs.getBigDecimal(3));
                long reversal = StreamGenerator.toFen(rs.getBigDecimal(4));
                if (commission != want[0] || reversal != want[1]) {
                    mismatched++;
                    if (examples.size() < 5) {
                        examples.add(key + " ledger " + commission + "/" + reversal + " fen, expected " + want[0] + "/"
                                + want[1]);
                    }
                }
            }
        }
        for (Map.Entry<String, long[]> entry : expected.perOrder.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                mismatched++;
                if (examples.size() < 10) {
                    examples.add(entry.getKey() + " has no ledger entries, expected " + entry.getValue()[0] + "/"
                            + entry.getValue()[1]);
                }
            }
        }
        check("orders whose ledger differs from the plan", 0, mismatched);
        examples.forEach(e -> System.out.println("[bench]     e.g. " + e));
    }

    private String orders() {
        return "CHANNEL_ORDER_ID >= " + start.orderId();
    }

    private String lines() {
        return "ORDER_LINE_ID >= " + start.lineId();
    }

    private String entries() {
        return "ENTRY_ID >= " + start.entryId();
    }

    private void check(String what, long want, long got) {
        boolean ok = want == got;
        System.out.printf("[bench]   %-50s expected %,15d  found %,15d  %s%n", what, want, got, ok ? "ok" : "MISMATCH");
        if (!ok) {
            failures.add(what);
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            BigDecimal value = rs.getBigDecimal(1);
            return value == null ? 0 : value.longValueExact();
        }
    }

    private String groupCounts(String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                text.append(text.length() == 0 ? "" : ", ").append(rs.getString(1)).append('=').append(rs.getLong(2));
            }
        }
        return text.toString();
    }
}
