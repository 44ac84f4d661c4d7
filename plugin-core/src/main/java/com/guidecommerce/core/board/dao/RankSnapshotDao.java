package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.PeriodState;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.common.jdbc.RowInserts;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GC_RANK_SNAPSHOT and GC_RANK_PERIOD with JDBC. A period's rows are replaced as a whole ({@link #replace}) inside
 * the caller's transaction, together with its GC_RANK_PERIOD row, so a reader sees the whole old or the whole new
 * period.
 */
public class RankSnapshotDao {

    static final String SNAPSHOT_COLUMNS = "PERIOD_KEY, METRIC, SUBJECT_KIND, SUBJECT_ID, STORE_ID, REGION_ID, VALUE,"
            + " RANK_IN_STORE, RANK_IN_REGION, RANK_IN_NATION, SUBJECT_CODE, SUBJECT_NAME, BUILT_AT";
    /** The column types of {@link #SNAPSHOT_COLUMNS}, for {@link RowInserts}. */
    public static final int[] SNAPSHOT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.BIGINT, Types.BIGINT, Types.DECIMAL, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP};
    private static final String ROW_COLUMNS = "SUBJECT_ID, STORE_ID, REGION_ID, VALUE, RANK_IN_STORE, RANK_IN_REGION,"
            + " RANK_IN_NATION, SUBJECT_CODE, SUBJECT_NAME";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowInserts inserts;

    public RankSnapshotDao(JdbcTemplate jdbc, RowInserts inserts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.inserts = inserts;
    }

    /** Periods still rebuilt. */
    public List<RankPeriodRow> openPeriods() {
        return jdbc.query("SELECT PERIOD_KEY, STATE, BUILT_AT, BUILD_NO, ROW_COUNT FROM GC_RANK_PERIOD WHERE STATE = ?",
                PERIOD, PeriodState.OPEN.name());
    }

    /** The period's row, or null when it was never built. */
    public RankPeriodRow period(String periodKey) {
        List<RankPeriodRow> found = jdbc.query("SELECT PERIOD_KEY, STATE, BUILT_AT, BUILD_NO, ROW_COUNT"
                + " FROM GC_RANK_PERIOD WHERE PERIOD_KEY = ?", PERIOD, periodKey);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Replaces the period's snapshot rows (values in {@link #SNAPSHOT_COLUMNS} order) and records the build. Must run
     * in a transaction, which makes the replacement all or nothing for readers. Only rows that differ from the stored
     * ones are written (deleted and inserted again), so a row's BUILT_AT is when it last changed; the period's
     * BUILT_AT is when it was last built.
     */
    public int replace(RankPeriodKey period, PeriodState state, java.util.Date builtAt, List<Object[]> rows) {
        Map<String, Object[]> stored = stored(period.getKey());
        List<Object[]> changed = new ArrayList<Object[]>();
        for (Object[] row : rows) {
            Object[] before = stored.remove(key(row[1], row[2], row[3]));
            if (before == null || !same(before, row)) {
                changed.add(row);
                if (before != null) {
                    stored.put(key(row[1], row[2], row[3]), before);
                }
            }
        }
        deleteRows(period.getKey(), stored.values());
        inserts.insert("GC_RANK_SNAPSHOT", SNAPSHOT_COLUMNS, SNAPSHOT_TYPES, changed);
        int updated = jdbc.update("UPDATE GC_RANK_PERIOD SET STATE = ?, BUILT_AT = ?, BUILD_NO = BUILD_NO + 1,"
                + " ROW_COUNT = ? WHERE PERIOD_KEY = ?",
                state.name(), Sql.timestamp(builtAt), rows.size(), period.getKey());
        if (updated == 0) {
            jdbc.update("INSERT INTO GC_RANK_PERIOD (PERIOD_KEY, FROM_DAY, TO_DAY, STATE, BUILT_AT, BUILD_NO,"
                    + " ROW_COUNT) VALUES (?, ?, ?, ?, ?, 1, ?)", period.getKey(), Date.valueOf(period.getFrom()),
                    Date.valueOf(period.getTo()), state.name(), Sql.timestamp(builtAt), rows.size());
        }
        return changed.size();
    }

    /** The period's stored rows by metric, kind and subject, in {@link #SNAPSHOT_COLUMNS} order (no BUILT_AT). */
    private Map<String, Object[]> stored(final String periodKey) {
        final Map<String, Object[]> stored = new HashMap<String, Object[]>();
        jdbc.query("SELECT " + SNAPSHOT_COLUMNS.substring(0, SNAPSHOT_COLUMNS.lastIndexOf(','))
                + " FROM GC_RANK_SNAPSHOT WHERE PERIOD_KEY = ?", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        Object[] row = {periodKey, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                                Sql.toLong(rs.getObject(6)), rs.getBigDecimal(7), integer(rs, 8), integer(rs, 9),
                                integer(rs, 10), rs.getString(11), rs.getString(12)};
                        stored.put(key(row[1], row[2], row[3]), row);
                    }
                }, periodKey);
        return stored;
    }

    private void deleteRows(String periodKey, Collection<Object[]> rows) {
        Map<String, List<Long>> bySubjects = new TreeMap<String, List<Long>>();
        for (Object[] row : rows) {
            String metricAndKind = row[1] + " " + row[2];
            if (!bySubjects.containsKey(metricAndKind)) {
                bySubjects.put(metricAndKind, new ArrayList<Long>());
            }
            bySubjects.get(metricAndKind).add((Long) row[3]);
        }
        for (Map.Entry<String, List<Long>> group : bySubjects.entrySet()) {
            String[] metricAndKind = group.getKey().split(" ");
            for (List<Long> chunk : Sql.chunks(group.getValue())) {
                named.update("DELETE FROM GC_RANK_SNAPSHOT WHERE PERIOD_KEY = :period AND METRIC = :metric"
                        + " AND SUBJECT_KIND = :kind AND SUBJECT_ID IN (:ids)", new MapSqlParameterSource("period",
                        periodKey).addValue("metric", metricAndKind[0]).addValue("kind", metricAndKind[1])
                        .addValue("ids", chunk));
            }
        }
    }

    /** Whether two rows place, rank and name their subject alike (columns 4 to 11 of {@link #SNAPSHOT_COLUMNS}). */
    private static boolean same(Object[] stored, Object[] built) {
        for (int i = 10; i <= 11; i++) {
            if (stored[i] == null ? built[i] != null : !stored[i].equals(built[i])) {
                return false;
            }
        }
        for (int i = 4; i <= 9; i++) {
            Object a = stored[i];
            Object b = built[i];
            boolean equal = a == null ? b == null : b != null && (a instanceof BigDecimal
                    ? ((BigDecimal) a).compareTo((BigDecimal) b) == 0 : ((Number) a).longValue()
                    == ((Number) b).longValue());
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static String key(Object metric, Object kind, Object subjectId) {
        return metric + " " + kind + " " + subjectId;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * A period's build with a guide's snapshot row and the rows of every guide of the guide's store, read by one
     * statement (so all are of the same build); null when the period was never built.
     */
    public GuideInStore guideInStore(String periodKey, Metric metric, long guideId) {
        final RankPeriodRow[] period = {null};
        final List<SnapshotRow> store = new ArrayList<SnapshotRow>();
        jdbc.query("SELECT p.PERIOD_KEY, p.STATE, p.BUILT_AT, p.BUILD_NO, p.ROW_COUNT, s."
                + ROW_COLUMNS.replace(", ", ", s.") + " FROM GC_RANK_PERIOD p LEFT JOIN GC_RANK_SNAPSHOT s"
                + " ON s.PERIOD_KEY = p.PERIOD_KEY AND s.METRIC = ? AND s.SUBJECT_KIND = ? AND s.STORE_ID ="
                + " (SELECT g.STORE_ID FROM GC_RANK_SNAPSHOT g WHERE g.PERIOD_KEY = ? AND g.METRIC = ?"
                + " AND g.SUBJECT_KIND = ? AND g.SUBJECT_ID = ?) WHERE p.PERIOD_KEY = ?", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        period[0] = PERIOD.mapRow(rs, 0);
                        rs.getLong(6);
                        if (!rs.wasNull()) {
                            store.add(snapshotRow(rs, 6));
                        }
                    }
                }, metric.name(), SubjectKind.GUIDE.name(), periodKey, metric.name(), SubjectKind.GUIDE.name(),
                guideId, periodKey);
        return period[0] == null ? null : new GuideInStore(period[0], guideId, store);
    }

    private static final Comparator<SnapshotRow> BY_RANK_IN_STORE = new Comparator<SnapshotRow>() {
        @Override
        public int compare(SnapshotRow a, SnapshotRow b) {
            int ra = a.getRankInStore() == null ? Integer.MAX_VALUE : a.getRankInStore();
            int rb = b.getRankInStore() == null ? Integer.MAX_VALUE : b.getRankInStore();
            return ra != rb ? Integer.compare(ra, rb) : Long.compare(a.getSubjectId(), b.getSubjectId());
        }
    };

    /** A period's build, one guide's snapshot row in it and the rows of their store's guides, by rank in store. */
    public static final class GuideInStore {
        private final RankPeriodRow period;
        private final SnapshotRow guide;
        private final List<SnapshotRow> store;

        GuideInStore(RankPeriodRow period, long guideId, List<SnapshotRow> store) {
            // A store's few rows are put in order here rather than by a sort on the server.
            Collections.sort(store, BY_RANK_IN_STORE);
            SnapshotRow found = null;
            for (SnapshotRow row : store) {
                found = row.getSubjectId() == guideId ? row : found;
            }
            this.period = period;
            this.guide = found;
            this.store = store;
        }

        public RankPeriodRow getPeriod() {
            return period;
        }

        /** Null when the build did not rank the guide. */
        public SnapshotRow getGuide() {
            return guide;
        }

        public List<SnapshotRow> getStore() {
            return store;
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
                    rs.getTimestamp(3), rs.getLong(4), rs.getInt(5));
        }
    };

    private static final RowMapper<SnapshotRow> ROW = new RowMapper<SnapshotRow>() {
        @Override
        public SnapshotRow mapRow(ResultSet rs, int row) throws SQLException {
            return snapshotRow(rs, 1);
        }
    };

    /** The {@link #ROW_COLUMNS} from {@code first} on. */
    private static SnapshotRow snapshotRow(ResultSet rs, int first) throws SQLException {
        return new SnapshotRow(rs.getLong(first), rs.getLong(first + 1), Sql.toLong(rs.getObject(first + 2)),
                rs.getBigDecimal(first + 3), integer(rs, first + 4), rs.getInt(first + 5), rs.getInt(first + 6),
                rs.getString(first + 7), rs.getString(first + 8));
    }
}
