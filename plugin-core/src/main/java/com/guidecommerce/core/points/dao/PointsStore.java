package com.guidecommerce.core.points.dao;

import com.guidecommerce.core.common.jdbc.RowInserts;
import com.guidecommerce.core.common.jdbc.Sql;
import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsStatus;
import com.guidecommerce.core.points.rule.PointsRow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes GC_POINTS_ENTRY and GC_POINTS_ACCOUNT with plain set-based JDBC in the caller's transaction.
 * Lock order, everywhere: a member's account row first, then entries.
 */
public class PointsStore {

    static final String COLUMNS = "ENTRY_ID, CUSTOMER_ID, KIND, POINTS, STATUS, CHANNEL_CODE, CHANNEL_ORDER_ID,"
            + " ORDER_LINE_ID, BL_ORDER_ID, BASE_AMOUNT, MULTIPLIER, REASON, ACTOR, CREATED_AT, AVAILABLE_AT, EXPIRES_AT,"
            + " RELATES_TO_ENTRY_ID, EVENT_ID";
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
        Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR,
        Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT, Types.BIGINT};
    private static final String ROW_COLUMNS = "ENTRY_ID, KIND, POINTS, STATUS, CREATED_AT, AVAILABLE_AT, EXPIRES_AT,"
            + " RELATES_TO_ENTRY_ID";

    /** Reversals still PENDING whose earning is AVAILABLE already. */
    private static final String LATE_REVERSALS = " FROM GC_POINTS_ENTRY r JOIN GC_POINTS_ENTRY e"
            + " ON e.ENTRY_ID = r.RELATES_TO_ENTRY_ID WHERE r.KIND = 'REVERSAL' AND r.STATUS = 'PENDING'"
            + " AND e.STATUS = 'AVAILABLE'";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowInserts inserts;

    public PointsStore(JdbcTemplate jdbc, RowInserts inserts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.inserts = inserts;
    }

    public void insert(List<NewPointsEntry> entries) {
        List<Object[]> rows = new ArrayList<Object[]>(entries.size());
        for (NewPointsEntry e : entries) {
            rows.add(new Object[] {e.id, e.customerId, e.kind.name(), e.points, e.status.name(), e.channelCode,
                e.channelOrderId, e.orderLineId, e.broadleafOrderId, e.baseAmount, e.multiplier, e.reason, e.actor,
                Sql.timestamp(e.createdAt), Sql.timestamp(e.availableAt), Sql.timestamp(e.expiresAt), e.relatesTo,
                e.eventId});
        }
        inserts.insert("GC_POINTS_ENTRY", COLUMNS, TYPES, rows);
    }

    /**
     * Adds to members' balances, in customer id order (the lock order of concurrent batches), creating the rows of
     * members who have none. {@code deltas}: customer id to {available, pending}.
     */
    public void addToAccounts(Map<Long, long[]> deltas, Date now) {
        for (Map.Entry<Long, long[]> delta : new TreeMap<Long, long[]>(deltas).entrySet()) {
            long available = delta.getValue()[0];
            long pending = delta.getValue()[1];
            if (available == 0 && pending == 0) {
                continue;
            }
            ensureAccount(delta.getKey(), now);
            jdbc.update("UPDATE GC_POINTS_ACCOUNT SET AVAILABLE = AVAILABLE + ?, PENDING = PENDING + ?, UPDATED_AT = ?"
                    + " WHERE CUSTOMER_ID = ?", available, pending, Sql.timestamp(now), delta.getKey());
        }
    }

    /** Locks the member's account row ({@code SELECT … FOR UPDATE}), creating it first; returns {available, pending}. */
    public long[] lockAccount(long customerId, Date now) {
        // The locking read comes first: on MySQL a transaction's snapshot starts with its first plain read, which must
        // come after the lock so that it sees everything committed by the member's previous lock holder.
        List<long[]> locked = lockedRow(customerId);
        if (locked.isEmpty()) {
            ensureAccount(customerId, now);
            locked = lockedRow(customerId);
        }
        return locked.get(0);
    }

    private List<long[]> lockedRow(long customerId) {
        return jdbc.query("SELECT AVAILABLE, PENDING FROM GC_POINTS_ACCOUNT WHERE CUSTOMER_ID = ? FOR UPDATE",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, customerId);
    }

    /** The member's balance as stored, {available, pending}; zeros for a member without a row. */
    public long[] balanceOf(long customerId) {
        List<long[]> rows = jdbc.query("SELECT AVAILABLE, PENDING FROM GC_POINTS_ACCOUNT WHERE CUSTOMER_ID = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, customerId);
        return rows.isEmpty() ? new long[] {0L, 0L} : rows.get(0);
    }

    private void ensureAccount(long customerId, Date now) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM GC_POINTS_ACCOUNT WHERE CUSTOMER_ID = ?", Integer.class,
                customerId);
        if (found != null && found > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO GC_POINTS_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, UPDATED_AT) VALUES (?, 0, 0, ?)",
                    customerId, Sql.timestamp(now));
        } catch (DuplicateKeyException created) {
            // Another transaction created it meanwhile: it is there now.
        }
    }

    /** Earnings and reversals of these channel orders: order line id to what the line earned and had reversed. */
    public Map<Long, LineEarning> earningsOf(Collection<Long> channelOrderIds) {
        final Map<Long, LineEarning> lines = new HashMap<Long, LineEarning>();
        final Map<Long, Long> reversedByLine = new HashMap<Long, Long>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(channelOrderIds))) {
            named.query("SELECT ENTRY_ID, CUSTOMER_ID, KIND, POINTS, STATUS, ORDER_LINE_ID FROM GC_POINTS_ENTRY"
                    + " WHERE CHANNEL_ORDER_ID IN (:ids) AND KIND IN ('EARN', 'REVERSAL')",
                    new MapSqlParameterSource("ids", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            long lineId = rs.getLong(6);
                            if (PointsKind.EARN.name().equals(rs.getString(3))) {
                                lines.put(lineId, new LineEarning(rs.getLong(1), rs.getLong(2), rs.getLong(4),
                                        PointsStatus.valueOf(rs.getString(5))));
                            } else {
                                Long before = reversedByLine.get(lineId);
                                reversedByLine.put(lineId, (before == null ? 0L : before) - rs.getLong(4));
                            }
                        }
                    });
        }
        for (Map.Entry<Long, Long> reversed : reversedByLine.entrySet()) {
            LineEarning line = lines.get(reversed.getKey());
            if (line != null) {
                line.reversed = reversed.getValue();
            }
        }
        return lines;
    }

    /** Dates when the still pending earnings of these orders become available (the return window's end). */
    public void setAvailableAt(Map<Long, Date> availableAtByOrder) {
        for (Map.Entry<Long, Date> order : availableAtByOrder.entrySet()) {
            jdbc.update("UPDATE GC_POINTS_ENTRY SET AVAILABLE_AT = ? WHERE CHANNEL_ORDER_ID = ? AND KIND = 'EARN'"
                    + " AND STATUS = 'PENDING'", Sql.timestamp(order.getValue()), order.getKey());
        }
    }

    /** Members with pending earnings whose return window has closed by {@code now}. */
    public List<Long> membersWithDueEarnings(Date now) {
        List<Long> members = jdbc.queryForList("SELECT DISTINCT CUSTOMER_ID FROM GC_POINTS_ENTRY WHERE STATUS = 'PENDING'"
                + " AND KIND = 'EARN' AND AVAILABLE_AT <= ?", Long.class, Sql.timestamp(now));
        for (Long member : jdbc.queryForList("SELECT DISTINCT r.CUSTOMER_ID" + LATE_REVERSALS, Long.class)) {
            if (!members.contains(member)) {
                members.add(member);
            }
        }
        return members;
    }

    /**
     * Makes the member's due earnings and their reversals AVAILABLE (guarded: only rows still PENDING); call with the
     * account locked. Returns the points that moved from pending to available.
     */
    public long releaseDue(long customerId, Date now) {
        List<Long> due = jdbc.queryForList("SELECT ENTRY_ID FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ? AND KIND = 'EARN'"
                + " AND STATUS = 'PENDING' AND AVAILABLE_AT <= ?", Long.class, customerId, Sql.timestamp(now));
        long moved = 0L;
        for (List<Long> chunk : Sql.chunks(due)) {
            MapSqlParameterSource params = new MapSqlParameterSource("ids", chunk).addValue("customer", customerId);
            String rows = " FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = :customer AND STATUS = 'PENDING'"
                    + " AND (ENTRY_ID IN (:ids) OR (KIND = 'REVERSAL' AND RELATES_TO_ENTRY_ID IN (:ids)))";
            Long sum = named.queryForObject("SELECT COALESCE(SUM(POINTS), 0)" + rows, params, Long.class);
            named.update("UPDATE GC_POINTS_ENTRY SET STATUS = 'AVAILABLE' WHERE CUSTOMER_ID = :customer"
                    + " AND STATUS = 'PENDING' AND (ENTRY_ID IN (:ids) OR (KIND = 'REVERSAL'"
                    + " AND RELATES_TO_ENTRY_ID IN (:ids)))", params);
            moved += sum == null ? 0L : sum;
        }
        return moved + releaseLateReversals(customerId);
    }

    /**
     * A refund applied while its earning was being released can leave a PENDING reversal of an AVAILABLE earning
     * (the batch read the earning's status before the release committed): it follows its earning at the next release.
     */
    private long releaseLateReversals(long customerId) {
        List<long[]> late = jdbc.query("SELECT r.ENTRY_ID, r.POINTS" + LATE_REVERSALS + " AND r.CUSTOMER_ID = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, customerId);
        long moved = 0L;
        for (long[] reversal : late) {
            moved += jdbc.update("UPDATE GC_POINTS_ENTRY SET STATUS = 'AVAILABLE' WHERE ENTRY_ID = ?"
                    + " AND STATUS = 'PENDING'", reversal[0]) * reversal[1];
        }
        return moved;
    }

    /** Members with points that expired by {@code now} and were never expired by an EXPIRY entry. */
    public List<Long> membersWithExpiredLots(Date now) {
        return jdbc.queryForList("SELECT DISTINCT e.CUSTOMER_ID FROM GC_POINTS_ENTRY e WHERE e.STATUS = 'AVAILABLE'"
                + " AND e.POINTS > 0 AND e.KIND IN ('EARN', 'ADJUST', 'REDEEM_CANCEL') AND e.EXPIRES_AT <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM GC_POINTS_ENTRY x WHERE x.KIND = 'EXPIRY'"
                + " AND x.RELATES_TO_ENTRY_ID = e.ENTRY_ID)", Long.class, Sql.timestamp(now));
    }

    /** All the member's entries, as the rules replay them. */
    public List<PointsRow> rowsOf(long customerId) {
        return jdbc.query("SELECT " + ROW_COLUMNS + " FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ? ORDER BY ENTRY_ID",
                (rs, i) -> new PointsRow(rs.getLong(1), PointsKind.valueOf(rs.getString(2)), rs.getLong(3),
                        PointsStatus.valueOf(rs.getString(4)), rs.getTimestamp(5), rs.getTimestamp(6),
                        rs.getTimestamp(7), Sql.toLong(rs.getObject(8))), customerId);
    }

    /** The points a Broadleaf order's checkout still holds redeemed: its redemptions less their cancels. */
    public List<long[]> openRedemptionsOf(long broadleafOrderId) {
        return jdbc.query("SELECT r.ENTRY_ID, r.POINTS FROM GC_POINTS_ENTRY r WHERE r.BL_ORDER_ID = ? AND r.KIND = 'REDEEM'"
                + " AND NOT EXISTS (SELECT 1 FROM GC_POINTS_ENTRY c WHERE c.KIND = 'REDEEM_CANCEL'"
                + " AND c.RELATES_TO_ENTRY_ID = r.ENTRY_ID)", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                broadleafOrderId);
    }

    /** The redemption entry: {customer id, points, Broadleaf order id}, or null. */
    public long[] redemption(long entryId) {
        List<long[]> rows = jdbc.query("SELECT CUSTOMER_ID, POINTS, BL_ORDER_ID FROM GC_POINTS_ENTRY WHERE ENTRY_ID = ?"
                + " AND KIND = 'REDEEM'", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, entryId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public boolean isCancelled(long redeemEntryId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM GC_POINTS_ENTRY WHERE KIND = 'REDEEM_CANCEL'"
                + " AND RELATES_TO_ENTRY_ID = ?", Integer.class, redeemEntryId);
        return count != null && count > 0;
    }

    /** The member's latest entries, newest first. */
    public List<PointsHistoryLine> history(long customerId, int limit) {
        return jdbc.query("SELECT e.ENTRY_ID, e.KIND, e.POINTS, e.STATUS, e.CHANNEL_CODE, o.ORDER_NO, e.REASON,"
                + " e.CREATED_AT, e.AVAILABLE_AT, e.EXPIRES_AT FROM GC_POINTS_ENTRY e LEFT JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE e.CUSTOMER_ID = ?"
                + " ORDER BY e.CREATED_AT DESC, e.ENTRY_ID DESC LIMIT " + Math.max(1, limit),
                (rs, i) -> new PointsHistoryLine(rs.getLong(1), PointsKind.valueOf(rs.getString(2)), rs.getLong(3),
                        PointsStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8), rs.getTimestamp(9), rs.getTimestamp(10)), customerId);
    }

    /**
     * Members whose stored balance differs from the sums of their entries: customer id to
     * {stored available, stored pending, summed available, summed pending}. Empty when all agree.
     */
    public Map<Long, long[]> balanceMismatches() {
        final Map<Long, long[]> sums = new HashMap<Long, long[]>();
        jdbc.query("SELECT CUSTOMER_ID, STATUS, SUM(POINTS) FROM GC_POINTS_ENTRY GROUP BY CUSTOMER_ID, STATUS",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        long[] s = sums.computeIfAbsent(rs.getLong(1), k -> new long[4]);
                        s["PENDING".equals(rs.getString(2)) ? 3 : 2] += rs.getLong(3);
                    }
                });
        jdbc.query("SELECT CUSTOMER_ID, AVAILABLE, PENDING FROM GC_POINTS_ACCOUNT", new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                long[] s = sums.computeIfAbsent(rs.getLong(1), k -> new long[4]);
                s[0] = rs.getLong(2);
                s[1] = rs.getLong(3);
            }
        });
        Map<Long, long[]> mismatches = new TreeMap<Long, long[]>();
        for (Map.Entry<Long, long[]> member : sums.entrySet()) {
            long[] s = member.getValue();
            if (s[0] != s[2] || s[1] != s[3]) {
                mismatches.put(member.getKey(), s);
            }
        }
        return mismatches;
    }
}
