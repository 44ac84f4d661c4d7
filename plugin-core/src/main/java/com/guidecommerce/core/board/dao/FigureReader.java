package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.RangePlan;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.Figures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the daily and monthly figure tables (GC_FIG_GUIDE_DAY, GC_FIG_STORE_DAY, GC_FIG_GUIDE_MONTH,
 * GC_FIG_STORE_MONTH) with plain, portable SQL: sums by subject, by scope, top N and per bucket. Each read names a
 * {@link RangePlan}, which says which months come from the monthly tables.
 */
public class FigureReader {

    private static final List<String> METRIC_SUMS;
    private static final List<String> COLUMN_SUMS;

    static {
        List<String> sums = new ArrayList<String>();
        for (Metric metric : Metric.values()) {
            sums.add(FigureTables.sum(metric));
        }
        METRIC_SUMS = Collections.unmodifiableList(sums);
        List<String> columns = new ArrayList<String>();
        for (String column : FigureTables.COLUMNS) {
            columns.add("SUM(" + column + ")");
        }
        COLUMN_SUMS = Collections.unmodifiableList(columns);
    }

    private final JdbcTemplate jdbc;

    public FigureReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every metric of every guide or store with figures in the range, by subject id (values in Metric order). */
    public Map<Long, BigDecimal[]> metricsBySubject(SubjectKind kind, RangePlan plan) {
        FigureTables tables = FigureTables.of(kind);
        List<String> key = Collections.singletonList(tables.keyColumn());
        FigureQuery query = FigureQuery.parts(tables, BoardScope.nation(), plan, key, key, METRIC_SUMS, null,
                Collections.emptyList()).summed(1, METRIC_SUMS.size(), null);
        final Map<Long, BigDecimal[]> values = new HashMap<Long, BigDecimal[]>();
        jdbc.query(query.sql(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                BigDecimal[] row = new BigDecimal[METRIC_SUMS.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = amount(rs.getBigDecimal(i + 2));
                }
                values.put(rs.getLong(1), row);
            }
        }, query.args());
        return values;
    }

    /** The summed figures of a scope (a guide's from the guides' tables, any other scope's from the stores'). */
    public Figures figures(BoardScope scope, RangePlan plan) {
        FigureQuery query = sums(scope, plan);
        List<Figures> found = jdbc.query(query.sql(), new org.springframework.jdbc.core.RowMapper<Figures>() {
            @Override
            public Figures mapRow(ResultSet rs, int row) throws SQLException {
                return figures(rs, 1);
            }
        }, query.args());
        return found.isEmpty() ? Figures.ZERO : found.get(0);
    }

    /** A scope's summed figures over two ranges, read by one statement: those of {@code first}, then {@code second}. */
    public Figures[] figuresOfBoth(BoardScope scope, RangePlan first, RangePlan second) {
        FigureQuery query = FigureQuery.both(sums(scope, first), sums(scope, second), COLUMN_SUMS.size());
        final Figures[] both = {Figures.ZERO, Figures.ZERO};
        jdbc.query(query.sql(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                both[rs.getInt(1)] = figures(rs, 2);
            }
        }, query.args());
        return both;
    }

    private static FigureQuery sums(BoardScope scope, RangePlan plan) {
        return FigureQuery.parts(FigureTables.of(scope), scope, plan, Collections.<String>emptyList(),
                Collections.<String>emptyList(), COLUMN_SUMS, null, Collections.emptyList())
                .summed(0, COLUMN_SUMS.size(), null);
    }

    /** The summed figures of each of some guides or stores, by id; those without figures in the range are left out. */
    public Map<Long, Figures> figuresOf(SubjectKind kind, Collection<Long> ids, RangePlan plan) {
        final Map<Long, Figures> found = new HashMap<Long, Figures>();
        if (ids.isEmpty()) {
            return found;
        }
        FigureTables tables = FigureTables.of(kind);
        List<String> key = Collections.singletonList(tables.keyColumn());
        StringBuilder in = new StringBuilder(tables.keyColumn()).append(" IN (");
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        FigureQuery query = FigureQuery.parts(tables, BoardScope.nation(), plan, key, key, COLUMN_SUMS,
                in.append(')').toString(), new ArrayList<Long>(ids)).summed(1, COLUMN_SUMS.size(), null);
        jdbc.query(query.sql(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                found.put(rs.getLong(1), figures(rs, 2));
            }
        }, query.args());
        return found;
    }

    /** The figure columns' sums from {@code first} on, in {@link FigureTables#COLUMNS} order. */
    private static Figures figures(ResultSet rs, int first) throws SQLException {
        return new Figures(amount(rs.getBigDecimal(first)), amount(rs.getBigDecimal(first + 1)),
                rs.getLong(first + 2), rs.getLong(first + 3), rs.getLong(first + 4), rs.getLong(first + 5),
                amount(rs.getBigDecimal(first + 6)), amount(rs.getBigDecimal(first + 7)));
    }

    /**
     * The first {@code limit} guides or stores of a scope by a metric, best first (ties by id): subject id to value,
     * in order. Only subjects with figures in the range take part.
     */
    public LinkedHashMap<Long, BigDecimal> top(BoardScope scope, SubjectKind kind, Metric metric, RangePlan plan,
                                               int limit) {
        FigureTables tables = FigureTables.of(kind);
        List<String> key = Collections.singletonList(tables.keyColumn());
        FigureQuery query = FigureQuery.parts(tables, scope, plan, key, key,
                Collections.singletonList(FigureTables.sum(metric)), null, Collections.emptyList())
                .summed(1, 1, "ORDER BY V0 DESC, K0 LIMIT ?", limit);
        final LinkedHashMap<Long, BigDecimal> top = new LinkedHashMap<Long, BigDecimal>();
        jdbc.query(query.sql(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                top.put(rs.getLong(1), amount(rs.getBigDecimal(2)));
            }
        }, query.args());
        return top;
    }

    /**
     * A metric of a scope summed by a store-table column (CHANNEL_CODE, STORE_ID, FRANCHISEE_ID, REGION_ID) over
     * the range: split key ({@link SplitKeys}) to value.
     */
    public Map<String, BigDecimal> totalsBy(String splitColumn, BoardScope scope, Metric metric, RangePlan plan) {
        List<String> key = Collections.singletonList(splitColumn);
        FigureQuery query = FigureQuery.parts(FigureTables.of(scope), scope, plan, key, key,
                Collections.singletonList(FigureTables.sum(metric)), null, Collections.emptyList())
                .summed(1, 1, null);
        final Map<String, BigDecimal> totals = new HashMap<String, BigDecimal>();
        jdbc.query(query.sql(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                totals.put(SplitKeys.key(rs.getObject(1)), amount(rs.getBigDecimal(2)));
            }
        }, query.args());
        return totals;
    }

    /**
     * A metric of a scope per day (per month for rolled-up months), and by split column when one is given, only for
     * the given split keys. Each value goes to {@code sink} with its day (a month's first day) and split key.
     */
    public void perBucket(BoardScope scope, Metric metric, RangePlan plan, String splitColumn, List<String> keys,
                          final BucketSink sink) {
        List<String> dayKeys = new ArrayList<String>(Collections.singletonList("DAY"));
        List<String> monthKeys = new ArrayList<String>(Collections.singletonList("MONTH"));
        String extra = null;
        List<Object> extraArgs = new ArrayList<Object>();
        if (splitColumn != null) {
            dayKeys.add(splitColumn);
            monthKeys.add(splitColumn);
            extra = SplitKeys.condition(splitColumn, keys, extraArgs);
        }
        final boolean split = splitColumn != null;
        FigureQuery query = FigureQuery.parts(FigureTables.of(scope), scope, plan, dayKeys, monthKeys,
                Collections.singletonList(FigureTables.sum(metric)), extra, extraArgs);
        jdbc.query(query.sql(), new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                sink.add(rs.getDate(1).toLocalDate(), split ? SplitKeys.key(rs.getObject(2)) : null,
                        amount(rs.getBigDecimal(split ? 3 : 2)));
            }
        }, query.args());
    }

    /** Receives the values of {@link #perBucket}. */
    public interface BucketSink {
        void add(LocalDate day, String splitKey, BigDecimal value);
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

}
