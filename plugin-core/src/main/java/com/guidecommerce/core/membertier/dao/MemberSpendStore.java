package com.guidecommerce.core.membertier.dao;

import com.guidecommerce.core.common.jdbc.Databases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Members' daily spend (GC_MEMBER_SPEND) and current tier (GC_MEMBER_TIER_STATE), with plain SQL on the connection
 * of Broadleaf's transaction. A member's state row is their lock: {@link #lockMembers} creates or locks it, and every
 * writer of a member's spend or tier takes it first, members in ascending id order. On MySQL the reads that follow a
 * lock are locking reads, so they see what another transaction committed while this one waited. Bean
 * {@code gcMemberSpendStore}.
 */
public class MemberSpendStore {

    static final int ROWS_PER_STATEMENT = 200;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private volatile Boolean mysql;

    public MemberSpendStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Creates the members' state rows that do not exist yet (without a tier) and locks them all; ids ascending. */
    public void lockMembers(List<Long> ascendingIds) {
        if (ascendingIds.isEmpty()) {
            return;
        }
        if (isMysql()) {
            for (int from = 0; from < ascendingIds.size(); from += ROWS_PER_STATEMENT) {
                List<Long> chunk = ascendingIds.subList(from, Math.min(ascendingIds.size(), from + ROWS_PER_STATEMENT));
                StringBuilder sql = new StringBuilder("INSERT INTO GC_MEMBER_TIER_STATE (CUSTOMER_ID) VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?)" : ", (?)");
                }
                sql.append(" ON DUPLICATE KEY UPDATE CUSTOMER_ID = CUSTOMER_ID");
                jdbc.update(sql.toString(), chunk.toArray());
            }
        } else {
            List<Object[]> rows = new ArrayList<Object[]>(ascendingIds.size());
            for (Long id : ascendingIds) {
                rows.add(new Object[] {id});
            }
            jdbc.batchUpdate("MERGE INTO GC_MEMBER_TIER_STATE t USING (VALUES (CAST(? AS BIGINT))) AS s (CUSTOMER_ID)"
                    + " ON t.CUSTOMER_ID = s.CUSTOMER_ID WHEN MATCHED THEN UPDATE SET t.TIER_CODE = t.TIER_CODE"
                    + " WHEN NOT MATCHED THEN INSERT (CUSTOMER_ID) VALUES (s.CUSTOMER_ID)", rows,
                    new int[] {Types.BIGINT});
        }
    }

    /** The members' state rows; {@code locking} on members this transaction has locked. */
    public Map<Long, MemberTierState> readStates(Collection<Long> ids, boolean locking) {
        final Map<Long, MemberTierState> states = new HashMap<Long, MemberTierState>();
        for (List<Long> chunk : chunks(ids)) {
            named.query("SELECT CUSTOMER_ID, TIER_CODE, SINCE FROM GC_MEMBER_TIER_STATE WHERE CUSTOMER_ID IN (:ids)"
                    + lockClause(locking), new MapSqlParameterSource("ids", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            states.put(rs.getLong(1), state(rs));
                        }
                    });
        }
        return states;
    }

    /** Every member's state row with a tier. */
    public Map<Long, MemberTierState> readPlacedStates() {
        final Map<Long, MemberTierState> states = new HashMap<Long, MemberTierState>();
        jdbc.query("SELECT CUSTOMER_ID, TIER_CODE, SINCE FROM GC_MEMBER_TIER_STATE WHERE TIER_CODE IS NOT NULL",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        states.put(rs.getLong(1), state(rs));
                    }
                });
        return states;
    }

    /** Adds each amount to its member-day row, creating rows that do not exist; keys in ascending order. */
    public void addSpend(List<SpendDelta> ascending, Date now) {
        if (ascending.isEmpty()) {
            return;
        }
        Timestamp at = new Timestamp(now.getTime());
        if (isMysql()) {
            for (int from = 0; from < ascending.size(); from += ROWS_PER_STATEMENT) {
                List<SpendDelta> chunk = ascending.subList(from, Math.min(ascending.size(), from + ROWS_PER_STATEMENT));
                StringBuilder sql = new StringBuilder(
                        "INSERT INTO GC_MEMBER_SPEND (CUSTOMER_ID, SPEND_DAY, AMOUNT, UPDATED_AT) VALUES ");
                List<Object> values = new ArrayList<Object>();
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
                    SpendDelta delta = chunk.get(i);
                    values.add(delta.getCustomerId());
                    values.add(java.sql.Date.valueOf(delta.getDay()));
                    values.add(delta.getAmount());
                    values.add(at);
                }
                sql.append(" ON DUPLICATE KEY UPDATE AMOUNT = AMOUNT + VALUES(AMOUNT), UPDATED_AT = VALUES(UPDATED_AT)");
                jdbc.update(sql.toString(), values.toArray());
            }
        } else {
            List<Object[]> rows = new ArrayList<Object[]>(ascending.size());
            for (SpendDelta delta : ascending) {
                rows.add(new Object[] {delta.getCustomerId(), java.sql.Date.valueOf(delta.getDay()),
                        delta.getAmount(), at});
            }
            jdbc.batchUpdate("MERGE INTO GC_MEMBER_SPEND t USING (VALUES (CAST(? AS BIGINT), CAST(? AS DATE),"
                    + " CAST(? AS DECIMAL(19,2)), CAST(? AS TIMESTAMP))) AS s (CUSTOMER_ID, SPEND_DAY, AMOUNT,"
                    + " UPDATED_AT) ON t.CUSTOMER_ID = s.CUSTOMER_ID AND t.SPEND_DAY = s.SPEND_DAY"
                    + " WHEN MATCHED THEN UPDATE SET t.AMOUNT = t.AMOUNT + s.AMOUNT, t.UPDATED_AT = s.UPDATED_AT"
                    + " WHEN NOT MATCHED THEN INSERT (CUSTOMER_ID, SPEND_DAY, AMOUNT, UPDATED_AT)"
                    + " VALUES (s.CUSTOMER_ID, s.SPEND_DAY, s.AMOUNT, s.UPDATED_AT)", rows,
                    new int[] {Types.BIGINT, Types.DATE, Types.DECIMAL, Types.TIMESTAMP});
        }
    }

    /**
     * The members' spend over the days after {@code after} up to {@code upTo} (every later day when null); members
     * without such rows are absent. {@code locking} on members this transaction has locked.
     */
    public Map<Long, BigDecimal> spendOf(Collection<Long> ids, LocalDate after, LocalDate upTo, boolean locking) {
        Map<Long, BigDecimal> spend = new HashMap<Long, BigDecimal>();
        for (List<Long> chunk : chunks(ids)) {
            MapSqlParameterSource params = new MapSqlParameterSource("ids", chunk)
                    .addValue("after", java.sql.Date.valueOf(after));
            String upper = "";
            if (upTo != null) {
                params.addValue("upTo", java.sql.Date.valueOf(upTo));
                upper = " AND SPEND_DAY <= :upTo";
            }
            named.query("SELECT CUSTOMER_ID, SUM(AMOUNT) FROM GC_MEMBER_SPEND WHERE CUSTOMER_ID IN (:ids)"
                    + " AND SPEND_DAY > :after" + upper + " GROUP BY CUSTOMER_ID" + lockClause(locking), params,
                    sums(spend));
        }
        return spend;
    }

    /** Every member's spend over the days after {@code after} up to {@code upTo}; members without rows are absent. */
    public Map<Long, BigDecimal> spendOfAll(LocalDate after, LocalDate upTo) {
        Map<Long, BigDecimal> spend = new HashMap<Long, BigDecimal>();
        jdbc.query("SELECT CUSTOMER_ID, SUM(AMOUNT) FROM GC_MEMBER_SPEND WHERE SPEND_DAY > ? AND SPEND_DAY <= ?"
                + " GROUP BY CUSTOMER_ID", sums(spend), java.sql.Date.valueOf(after), java.sql.Date.valueOf(upTo));
        return spend;
    }

    /**
     * Moves a member from the tier expected ({@code null}: never placed) to another; false, changing nothing, when
     * their row holds something else by now or is missing.
     */
    public boolean changeTier(Long customerId, String expected, String to, Date since, BigDecimal spend) {
        String guard = expected == null ? "TIER_CODE IS NULL" : "TIER_CODE = ?";
        List<Object> args = new ArrayList<Object>();
        args.add(to);
        args.add(new Timestamp(since.getTime()));
        args.add(spend);
        args.add(customerId);
        if (expected != null) {
            args.add(expected);
        }
        return jdbc.update("UPDATE GC_MEMBER_TIER_STATE SET TIER_CODE = ?, SINCE = ?, SPEND_AT_CHANGE = ?"
                + " WHERE CUSTOMER_ID = ? AND " + guard, args.toArray()) == 1;
    }

    private String lockClause(boolean locking) {
        return locking && isMysql() ? " FOR UPDATE" : "";
    }

    private static MemberTierState state(ResultSet rs) throws SQLException {
        Timestamp since = rs.getTimestamp(3);
        return new MemberTierState(rs.getLong(1), rs.getString(2), since == null ? null : new Date(since.getTime()));
    }

    private static RowCallbackHandler sums(final Map<Long, BigDecimal> spend) {
        return new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                BigDecimal sum = rs.getBigDecimal(2);
                spend.put(rs.getLong(1), sum == null ? BigDecimal.ZERO : sum);
            }
        };
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<Long>(ids);
        List<List<Long>> chunks = new ArrayList<List<Long>>();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    private boolean isMysql() {
        Boolean known = mysql;
        if (known == null) {
            known = Databases.isMysql(jdbc);
            mysql = known;
        }
        return known;
    }
}
