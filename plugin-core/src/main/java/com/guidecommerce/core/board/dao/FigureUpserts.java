package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.rule.Measure;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adds figures to a figure table's rows, creating the rows that do not exist yet, one statement per few hundred rows
 * in the order given (callers give keys sorted, so concurrent writers lock rows in one order). MySQL:
 * {@code INSERT … ON DUPLICATE KEY UPDATE x = x + VALUES(x)}; HSQLDB: {@code MERGE INTO} a row at a time, batched.
 * Region and franchisee take the newest known values.
 */
final class FigureUpserts {

    static final int ROWS_PER_STATEMENT = 200;

    private final JdbcTemplate jdbc;
    private final boolean mysql;

    FigureUpserts(JdbcTemplate jdbc, boolean mysql) {
        this.jdbc = jdbc;
        this.mysql = mysql;
    }

    /** @param rows values in {@link FigureTable#columns()} order, sorted by key */
    void add(FigureTable table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (mysql) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                jdbc.update(mysqlSql(table, chunk.size()), flatten(chunk), repeat(table.types(), chunk.size()));
            }
        } else {
            String sql = mergeSql(table);
            int[] types = table.types();
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)), types);
            }
        }
    }

    static String mysqlSql(FigureTable table, int rowCount) {
        String[] columns = table.columns();
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < columns.length; i++) {
            row.append(i == 0 ? "?" : ", ?");
        }
        row.append(')');
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.table()).append(" (")
                .append(join(columns)).append(") VALUES ");
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        sql.append(" ON DUPLICATE KEY UPDATE REGION_ID = COALESCE(VALUES(REGION_ID), REGION_ID),"
                + " FRANCHISEE_ID = COALESCE(VALUES(FRANCHISEE_ID), FRANCHISEE_ID)");
        for (Measure metric : Measure.values()) {
            sql.append(", ").append(metric.column()).append(" = ").append(metric.column()).append(" + VALUES(")
                    .append(metric.column()).append(')');
        }
        return sql.append(", UPDATED_AT = VALUES(UPDATED_AT)").toString();
    }

    static String mergeSql(FigureTable table) {
        String[] columns = table.columns();
        int[] types = table.types();
        StringBuilder values = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            values.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(FigureTable.castType(types[i])).append(')');
            inserted.append(i == 0 ? "" : ", ").append("s.").append(columns[i]);
        }
        StringBuilder on = new StringBuilder();
        for (String key : table.keyColumns()) {
            on.append(on.length() == 0 ? "" : " AND ").append("t.").append(key).append(" = s.").append(key);
        }
        StringBuilder set = new StringBuilder("t.REGION_ID = COALESCE(s.REGION_ID, t.REGION_ID),"
                + " t.FRANCHISEE_ID = COALESCE(s.FRANCHISEE_ID, t.FRANCHISEE_ID)");
        for (Measure metric : Measure.values()) {
            set.append(", t.").append(metric.column()).append(" = t.").append(metric.column()).append(" + s.")
                    .append(metric.column());
        }
        set.append(", t.UPDATED_AT = s.UPDATED_AT");
        return "MERGE INTO " + table.table() + " t USING (VALUES (" + values + ")) AS s (" + join(columns) + ") ON "
                + on + " WHEN MATCHED THEN UPDATE SET " + set + " WHEN NOT MATCHED THEN INSERT (" + join(columns)
                + ") VALUES (" + inserted + ")";
    }

    private static String join(String[] columns) {
        StringBuilder joined = new StringBuilder();
        for (String column : columns) {
            joined.append(joined.length() == 0 ? "" : ", ").append(column);
        }
        return joined.toString();
    }

    private static Object[] flatten(List<Object[]> rows) {
        List<Object> values = new ArrayList<Object>();
        for (Object[] row : rows) {
            values.addAll(Arrays.asList(row));
        }
        return values.toArray();
    }

    private static int[] repeat(int[] types, int times) {
        int[] all = new int[types.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(types, 0, all, i * types.length, types.length);
        }
        return all;
    }
}
