package com.guidecommerce.core.test;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventJson;
import com.guidecommerce.core.channel.event.EventLine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What must hold in the channel and ledger tables however deliveries raced, crashed or repeated: nothing refunded
 * beyond what was paid, no reversal beyond the commission it reverses, one commission per line and role, no completion
 * or refund waiting beside its order, every applied refund counted once in its line's refunded amount, and no event
 * applied twice. Read straight from the database over JDBC, so tests of a running demo can use it as well as context
 * tests.
 */
public final class IngestInvariants {

    private final Connection connection;
    private final List<String> channels;
    private final List<String> violations = new ArrayList<String>();

    private IngestInvariants(Connection connection, List<String> channels) {
        this.connection = connection;
        this.channels = channels;
    }

    /**
     * Every violation found, one line each; empty when the tables are consistent.
     *
     * @param channelCodes the channels to check; none for all
     */
    public static List<String> check(Connection connection, String... channelCodes) throws SQLException {
        IngestInvariants invariants = new IngestInvariants(connection, Arrays.asList(channelCodes));
        invariants.run();
        return invariants.violations;
    }

    /** Fails with every violation found in these channels (none: all). */
    public static void assertHold(Connection connection, String... channelCodes) throws SQLException {
        List<String> found = check(connection, channelCodes);
        if (!found.isEmpty()) {
            throw new AssertionError("Ingest invariants violated:\n  " + String.join("\n  ", found));
        }
    }

    private void run() throws SQLException {
        none("lines refunded beyond what was paid", "SELECT COUNT(*) FROM GC_CHANNEL_ORDER_LINE l JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = l.CHANNEL_ORDER_ID WHERE (l.REFUNDED_AMOUNT > l.PAID_AMOUNT"
                + " OR l.REFUNDED_AMOUNT < 0) AND " + scope("o"));
        none("orders whose totals differ from their lines", "SELECT COUNT(*) FROM GC_CHANNEL_ORDER o WHERE"
                + " (o.PAID_AMOUNT <> (SELECT SUM(l.PAID_AMOUNT) FROM GC_CHANNEL_ORDER_LINE l"
                + " WHERE l.CHANNEL_ORDER_ID = o.CHANNEL_ORDER_ID) OR o.REFUNDED_AMOUNT <> (SELECT SUM(l.REFUNDED_AMOUNT)"
                + " FROM GC_CHANNEL_ORDER_LINE l WHERE l.CHANNEL_ORDER_ID = o.CHANNEL_ORDER_ID)) AND " + scope("o"));
        none("line/role pairs credited more than once", "SELECT COUNT(*) FROM (SELECT e.ORDER_LINE_ID, e.ROLE"
                + " FROM GC_COMMISSION_ENTRY e WHERE e.KIND = 'COMMISSION' AND " + scope("e")
                + " GROUP BY e.ORDER_LINE_ID, e.ROLE HAVING COUNT(*) > 1) x");
        none("commissions reversed beyond their amount", "SELECT COUNT(*) FROM GC_COMMISSION_ENTRY c"
                + " WHERE c.KIND = 'COMMISSION' AND " + scope("c") + " AND c.AMOUNT + COALESCE((SELECT SUM(r.AMOUNT)"
                + " FROM GC_COMMISSION_ENTRY r WHERE r.REVERSES_ENTRY_ID = c.ENTRY_ID), 0) < 0");
        none("reversals of nothing", "SELECT COUNT(*) FROM GC_COMMISSION_ENTRY r WHERE r.KIND = 'REVERSAL'"
                + " AND " + scope("r") + " AND NOT EXISTS (SELECT 1 FROM GC_COMMISSION_ENTRY c"
                + " WHERE c.ENTRY_ID = r.REVERSES_ENTRY_ID)");
        none("fully refunded lines with commission left", "SELECT COUNT(*) FROM GC_CHANNEL_ORDER_LINE l"
                + " JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = l.CHANNEL_ORDER_ID"
                + " WHERE l.REFUNDED_AMOUNT = l.PAID_AMOUNT AND " + scope("o") + " AND (SELECT COALESCE(SUM(e.AMOUNT), 0)"
                + " FROM GC_COMMISSION_ENTRY e WHERE e.ORDER_LINE_ID = l.ORDER_LINE_ID) <> 0");
        none("completions or refunds waiting beside their order", "SELECT COUNT(*) FROM GC_CHANNEL_EVENT e"
                + " WHERE e.STATUS = 'WAITING' AND " + scope("e") + " AND EXISTS (SELECT 1 FROM GC_CHANNEL_ORDER o"
                + " WHERE o.CHANNEL_CODE = e.CHANNEL_CODE AND o.ORDER_NO = e.ORDER_NO)");
        none("events applied more than once", "SELECT COUNT(*) FROM (SELECT e.CHANNEL_CODE, e.EVENT_KEY"
                + " FROM GC_CHANNEL_EVENT e WHERE e.STATUS IN ('APPLIED', 'WAITING') AND " + scope("e")
                + " GROUP BY e.CHANNEL_CODE, e.EVENT_KEY HAVING COUNT(*) > 1) x");
        refundsMatchLines();
    }

    /** A condition limiting the rows of {@code alias} to the checked channels. */
    private String scope(String alias) {
        if (channels.isEmpty()) {
            return "1 = 1";
        }
        StringBuilder in = new StringBuilder();
        for (String channel : channels) {
            in.append(in.length() == 0 ? "" : ", ").append('\'').append(channel.replace("'", "''")).append('\'');
        }
        return alias + ".CHANNEL_CODE IN (" + in + ")";
    }

    /** The applied refund events, summed per line, are exactly the lines' refunded amounts. */
    private void refundsMatchLines() throws SQLException {
        Map<String, BigDecimal> applied = new HashMap<String, BigDecimal>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.CHANNEL_CODE, e.PAYLOAD FROM GC_CHANNEL_EVENT e"
                     + " WHERE e.STATUS = 'APPLIED' AND e.EVENT_TYPE = 'REFUND' AND " + scope("e"))) {
            while (rs.next()) {
                ChannelEvent refund = EventJson.parse(rs.getString(2)).getEvent();
                if (refund == null) {
                    violations.add("an applied refund cannot be read: " + rs.getString(2));
                    continue;
                }
                for (EventLine line : refund.getLines()) {
                    applied.merge(lineKey(rs.getString(1), refund.getOrderNo(), line.getLineNo()), line.getAmount(),
                            BigDecimal::add);
                }
            }
        }
        int differing = 0;
        List<String> examples = new ArrayList<String>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT o.CHANNEL_CODE, o.ORDER_NO, l.LINE_NO, l.REFUNDED_AMOUNT"
                     + " FROM GC_CHANNEL_ORDER_LINE l JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = l.CHANNEL_ORDER_ID"
                     + " WHERE " + scope("o"))) {
            while (rs.next()) {
                String key = lineKey(rs.getString(1), rs.getString(2), rs.getString(3));
                BigDecimal events = applied.remove(key);
                BigDecimal refunded = rs.getBigDecimal(4);
                if (events == null ? refunded.signum() != 0 : events.compareTo(refunded) != 0) {
                    differing++;
                    if (examples.size() < 5) {
                        examples.add(key + " refunded " + refunded.toPlainString() + ", applied refunds "
                                + (events == null ? "none" : events.toPlainString()));
                    }
                }
            }
        }
        for (String orphan : applied.keySet()) {
            differing++;
            if (examples.size() < 5) {
                examples.add(orphan + " has applied refunds but no such line");
            }
        }
        if (differing > 0) {
            violations.add(differing + " lines whose refunded amount differs from their applied refunds, e.g. "
                    + String.join("; ", examples));
        }
    }

    /** Order and line numbers compare as the database's unique keys compare them: without regard to letter case. */
    private static String lineKey(String channel, String orderNo, String lineNo) {
        return (channel + "/" + orderNo + "/" + lineNo).toUpperCase(Locale.ROOT);
    }

    private void none(String what, String countSql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(countSql)) {
            rs.next();
            long found = rs.getLong(1);
            if (found != 0) {
                violations.add(found + " " + what);
            }
        }
    }
}
