package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.PeriodState;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.common.jdbc.RowInserts;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * GC_RANK_SNAPSHOT and GC_RANK_PERIOD with JDBC. A period's rows are replaced as a whole ({@link #replace}) inside
 * the caller's transaction, together with its GC_RANK_PERIOD row, so a reader sees the whole old or the whole new
 * period.
 */
public class RankSnapshotDao {

    static final String SNAPSHOT_COLUMNS = "PERIOD_KEY, METRIC, SUBJECT_KIND, SUBJECT_ID, STORE_ID, REGION_ID, VALUE,"
            + " RANK_IN_STORE, RANK_IN_REGION, RANK_IN_NATION, BUILT_AT";
    /** The column types of {@link #SNAPSHOT_COLUMNS}, for {@link RowInserts}. */
    public static final int[] SNAPSHOT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.BIGINT, Types.BIGINT, Types.DECIMAL, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.TIMESTAMP};
    private static final String ROW_COLUMNS = "SUBJECT_ID, STORE_ID, REGION_ID, VALUE, RANK_IN_STORE, RANK_IN_REGION,"
            + " RANK_IN_NATION";

    private final JdbcTemplate jdbc;
    private final RowInserts inserts;

    public RankSnapshotDao(JdbcTemplate jdbc, RowInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** Periods still rebuilt. */
    public List<RankPeriodRow> openPeriods() {
        return jdbc.query("SELECT PERIOD_KEY, STATE, BUILT_AT, ROW_COUNT FROM GC_RANK_PERIOD WHERE STATE = ?",
                PERIOD, PeriodState.OPEN.name());
    }

    /** The period's row, or null when it was never built. */
    public RankPeriodRow period(String periodKey) {
        List<RankPeriodRow> found = jdbc.query("SELECT PERIOD_KEY, STATE, BUILT_AT, ROW_COUNT FROM GC_RANK_PERIOD"
                + " WHERE PERIOD_KEY = ?", PERIOD, periodKey);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Replaces the period's snapshot rows (values in {@link #SNAPSHOT_COLUMNS} order) and records the build. Must run
     * in a transaction, which makes the replacement all or nothing for readers.
     */
    public void replace(RankPeriodKey period, PeriodState state, java.util.Date builtAt, List<Object[]> rows) {
        jdbc.update("DELETE FROM GC_RANK_SNAPSHOT WHERE PERIOD_KEY = ?", period.getKey());
        inserts.insert("GC_RANK_SNAPSHOT", SNAPSHOT_COLUMNS, SNAPSHOT_TYPES, rows);
        int updated = jdbc.update("UPDATE GC_RANK_PERIOD SET STATE = ?, BUILT_AT = ?, ROW_COUNT = ? WHERE PERIOD_KEY = ?",
                state.name(), Sql.timestamp(builtAt), rows.size(), period.getKey());
        if (updated == 0) {
            jdbc.update("INSERT INTO GC_RANK_PERIOD (PERIOD_KEY, FROM_DAY, TO_DAY, STATE, BUILT_AT, ROW_COUNT)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", period.getKey(), Date.valueOf(period.getFrom()),
                    Date.valueOf(period.getTo()), state.name(), Sql.timestamp(builtAt), rows.size());
        }
    }

    /** A subject's row, or null. */
    public SnapshotRow row(String periodKey, Metric metric, SubjectKind kind, long subjectId) {
        List<SnapshotRow> found = jdbc.query("SELECT " + ROW_COLUMNS + " FROM GC_RANK_SNAPSHOT WHERE PERIOD_KEY = ?"
                + " AND METRIC = ? AND SUBJECT_KIND = ? AND SUBJECT_ID = ?", ROW, periodKey, metric.name(),
                kind.name(), subjectId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The rows of a scope (nation, region or store) with a rank up to {@code maxRank}, by rank then subject id. */
    public List<SnapshotRow> top(String periodKey, Metric metric, SubjectKind kind, BoardScope scope, int maxRank,
                                 int limit) {
        List<Object> args = new ArrayList<Object>();
        String rank = scopeCondition(periodKey, metric, kind, scope, args);
        args.add(maxRank);
        args.add(limit);
        return jdbc.query("SELECT " + ROW_COLUMNS + " FROM GC_RANK_SNAPSHOT WHERE " + rank + " <= ? ORDER BY "
                + rank.substring(rank.lastIndexOf(' ') + 1) + ", SUBJECT_ID LIMIT ?", ROW, args.toArray());
    }

    /** How many subjects the scope ranked. */
    public int count(String periodKey, Metric metric, SubjectKind kind, BoardScope scope) {
        List<Object> args = new ArrayList<Object>();
        String rank = scopeCondition(periodKey, metric, kind, scope, args);
        return jdbc.queryForObject("SELECT COUNT(*) FROM GC_RANK_SNAPSHOT WHERE " + rank + " IS NOT NULL",
                Integer.class, args.toArray());
    }

    /** The conditions selecting a scope's rows, ending with the scope's rank column. */
    private static String scopeCondition(String periodKey, Metric metric, SubjectKind kind, BoardScope scope,
                                         List<Object> args) {
        args.add(periodKey);
        args.add(metric.name());
        args.add(kind.name());
        String common = "PERIOD_KEY = ? AND METRIC = ? AND SUBJECT_KIND = ? AND ";
        switch (scope.getKind()) {
            case NATION:
                return common + "RANK_IN_NATION";
            case REGION:
                args.add(scope.getId());
                return common + "REGION_ID = ? AND RANK_IN_REGION";
            case STORE:
                args.add(scope.getId());
                return common + "STORE_ID = ? AND RANK_IN_STORE";
            default:
                throw new IllegalArgumentException("Ranks are kept in the nation, a region or a store, not " + scope);
        }
    }

    private static final RowMapper<RankPeriodRow> PERIOD = new RowMapper<RankPeriodRow>() {
        @Override
        public RankPeriodRow mapRow(ResultSet rs, int row) throws SQLException {
            return new RankPeriodRow(RankPeriodKey.parse(rs.getString(1)), PeriodState.valueOf(rs.getString(2)),
                    rs.getTimestamp(3), rs.getInt(4));
        }
    };

    private static final RowMapper<SnapshotRow> ROW = new RowMapper<SnapshotRow>() {
        @Override
        public SnapshotRow mapRow(ResultSet rs, int row) throws SQLException {
            return new SnapshotRow(rs.getLong(1), rs.getLong(2), Sql.toLong(rs.getObject(3)), rs.getBigDecimal(4),
                    (Integer) (rs.getObject(5) == null ? null : rs.getInt(5)), rs.getInt(6), rs.getInt(7));
        }
    };
}
