package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.rule.FigureSheet;
import com.guidecommerce.core.board.rule.Measures;
import com.guidecommerce.core.board.rule.GuideDayKey;
import com.guidecommerce.core.board.rule.Measure;
import com.guidecommerce.core.board.rule.StoreDayKey;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.jdbc.Databases;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the daily and monthly figure tables (GC_FIG_GUIDE_DAY, GC_FIG_STORE_DAY, GC_FIG_GUIDE_MONTH,
 * GC_FIG_STORE_MONTH) with JDBC in the caller's transaction: adds a sheet's figures to the rows of its keys, reads a
 * range of days back, and rolls a month's days up. Bean {@code gcFigureStore}.
 */
public class FigureStore {

    static final String DRIFT_SEQUENCE = "GC_FIG_DRIFT";

    private final JdbcTemplate jdbc;
    private volatile FigureUpserts upserts;

    public FigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the sheet's figures to the daily rows of its keys, in key order. */
    public void addDays(FigureSheet sheet, Date now) {
        upserts().add(FigureTable.GUIDE_DAY, guideRows(sheet.getGuideDays(), now));
        upserts().add(FigureTable.STORE_DAY, storeRows(sheet.getStoreDays(), now));
    }

    /** Adds figures already rolled up to months ({@link FigureSheet#monthsOf}) to the monthly rows. */
    public void addMonths(FigureSheet months, Date now) {
        upserts().add(FigureTable.GUIDE_MONTH, guideRows(months.getGuideDays(), now));
        upserts().add(FigureTable.STORE_MONTH, storeRows(months.getStoreDays(), now));
    }

    /** The stored daily figures of days {@code first} to {@code last}, inclusive. */
    public FigureSheet readDays(LocalDate first, LocalDate last) {
        final FigureSheet sheet = new FigureSheet();
        jdbc.query("SELECT DAY, GUIDE_ID, STORE_ID, REGION_ID, FRANCHISEE_ID, " + metricColumns()
                + " FROM GC_FIG_GUIDE_DAY WHERE DAY >= ? AND DAY <= ?", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        sheet.addGuideDay(new GuideDayKey(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)),
                                figures(rs));
                    }
                }, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last));
        jdbc.query("SELECT DAY, STORE_ID, CHANNEL_CODE, REGION_ID, FRANCHISEE_ID, " + metricColumns()
                + " FROM GC_FIG_STORE_DAY WHERE DAY >= ? AND DAY <= ?", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        sheet.addStoreDay(new StoreDayKey(rs.getDate(1).toLocalDate(), rs.getLong(2),
                                rs.getString(3)), figures(rs));
                    }
                }, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last));
        return sheet;
    }

    /**
     * Builds the month's rollup afresh from its days: the monthly rows are replaced by the sums of the daily ones.
     * The caller holds the month's lock exclusively ({@link FigureMonths#lockExclusively}).
     */
    public void rollUp(LocalDate month, Date now) {
        java.sql.Date first = java.sql.Date.valueOf(month);
        java.sql.Date next = java.sql.Date.valueOf(month.plusMonths(1));
        Timestamp at = Sql.timestamp(now);
        StringBuilder sums = new StringBuilder();
        for (Measure metric : Measure.values()) {
            sums.append(", SUM(").append(metric.column()).append(')');
        }
        jdbc.update("DELETE FROM GC_FIG_GUIDE_MONTH WHERE MONTH = ?", first);
        jdbc.update("INSERT INTO GC_FIG_GUIDE_MONTH (MONTH, GUIDE_ID, STORE_ID, REGION_ID, FRANCHISEE_ID, "
                + metricColumns() + ", UPDATED_AT) SELECT CAST(? AS DATE), GUIDE_ID, STORE_ID, MAX(REGION_ID),"
                + " MAX(FRANCHISEE_ID)" + sums + ", CAST(? AS DATETIME) FROM GC_FIG_GUIDE_DAY"
                + " WHERE DAY >= ? AND DAY < ? GROUP BY GUIDE_ID, STORE_ID", first, at, first, next);
        jdbc.update("DELETE FROM GC_FIG_STORE_MONTH WHERE MONTH = ?", first);
        jdbc.update("INSERT INTO GC_FIG_STORE_MONTH (MONTH, STORE_ID, CHANNEL_CODE, REGION_ID, FRANCHISEE_ID, "
                + metricColumns() + ", UPDATED_AT) SELECT CAST(? AS DATE), STORE_ID, CHANNEL_CODE, MAX(REGION_ID),"
                + " MAX(FRANCHISEE_ID)" + sums + ", CAST(? AS DATETIME) FROM GC_FIG_STORE_DAY"
                + " WHERE DAY >= ? AND DAY < ? GROUP BY STORE_ID, CHANNEL_CODE", first, at, first, next);
    }

    /**
     * Records figures found different by a check: each row {table, day, guide id or null, store id, channel or null,
     * metric, stored, recomputed}; ids from {@code ids}.
     */
    public void recordDrift(List<Object[]> drifts, IdBlocks ids, Long jobRunId, Date foundAt) {
        if (drifts.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<Object[]>(drifts.size());
        for (Object[] drift : drifts) {
            rows.add(new Object[] {ids.next(DRIFT_SEQUENCE), drift[0], drift[1], drift[2], drift[3], drift[4], drift[5],
                drift[6], drift[7], jobRunId, Sql.timestamp(foundAt)});
        }
        jdbc.batchUpdate("INSERT INTO GC_FIG_DRIFT (DRIFT_ID, FIGURE_TABLE, DAY, GUIDE_ID, STORE_ID, CHANNEL_CODE, METRIC,"
                + " STORED_VALUE, RECOMPUTED_VALUE, JOB_RUN_ID, FOUND_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
                new int[] {Types.BIGINT, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                    Types.VARCHAR, Types.DECIMAL, Types.DECIMAL, Types.BIGINT, Types.TIMESTAMP});
    }

    private FigureUpserts upserts() {
        FigureUpserts known = upserts;
        if (known == null) {
            known = new FigureUpserts(jdbc, Databases.isMysql(jdbc));
            upserts = known;
        }
        return known;
    }

    private static List<Object[]> guideRows(Map<GuideDayKey, Measures> rows, Date now) {
        List<Object[]> values = new ArrayList<Object[]>(rows.size());
        for (Map.Entry<GuideDayKey, Measures> row : rows.entrySet()) {
            GuideDayKey key = row.getKey();
            values.add(row(java.sql.Date.valueOf(key.getDay()), key.getGuideId(), key.getStoreId(), row.getValue(),
                    now));
        }
        return values;
    }

    private static List<Object[]> storeRows(Map<StoreDayKey, Measures> rows, Date now) {
        List<Object[]> values = new ArrayList<Object[]>(rows.size());
        for (Map.Entry<StoreDayKey, Measures> row : rows.entrySet()) {
            StoreDayKey key = row.getKey();
            values.add(row(java.sql.Date.valueOf(key.getDay()), key.getStoreId(), key.getChannelCode(),
                    row.getValue(), now));
        }
        return values;
    }

    private static Object[] row(java.sql.Date day, Object second, Object third, Measures figures, Date now) {
        Measure[] metrics = Measure.values();
        Object[] row = new Object[5 + metrics.length + 1];
        row[0] = day;
        row[1] = second;
        row[2] = third;
        row[3] = figures.getRegionId();
        row[4] = figures.getFranchiseeId();
        for (int i = 0; i < metrics.length; i++) {
            BigDecimal value = figures.get(metrics[i]);
            row[5 + i] = metrics[i].isMoney() ? value : (Object) value.intValueExact();
        }
        row[row.length - 1] = Sql.timestamp(now);
        return row;
    }

    private static Measures figures(ResultSet rs) throws SQLException {
        Measures figures = new Measures(Sql.toLong(rs.getObject(4)), Sql.toLong(rs.getObject(5)));
        Measure[] metrics = Measure.values();
        for (int i = 0; i < metrics.length; i++) {
            BigDecimal value = rs.getBigDecimal(6 + i);
            if (value.signum() != 0) {
                figures.add(metrics[i], value);
            }
        }
        return figures;
    }

    private static String metricColumns() {
        StringBuilder columns = new StringBuilder();
        for (Measure metric : Measure.values()) {
            columns.append(columns.length() == 0 ? "" : ", ").append(metric.column());
        }
        return columns.toString();
    }
}
