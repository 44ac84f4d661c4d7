package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.rule.Measure;

import java.sql.Types;

/**
 * One figure table as the upserts see it: its name and key columns (with their SQL types and the types to cast them to
 * where a database will not guess a placeholder's type), then the place and metric columns all figure tables share.
 */
enum FigureTable {
    GUIDE_DAY("GC_FIG_GUIDE_DAY", "DAY", true),
    GUIDE_MONTH("GC_FIG_GUIDE_MONTH", "MONTH", true),
    STORE_DAY("GC_FIG_STORE_DAY", "DAY", false),
    STORE_MONTH("GC_FIG_STORE_MONTH", "MONTH", false);

    private final String table;
    private final String dayColumn;
    private final boolean perGuide;

    FigureTable(String table, String dayColumn, boolean perGuide) {
        this.table = table;
        this.dayColumn = dayColumn;
        this.perGuide = perGuide;
    }

    String table() {
        return table;
    }

    String dayColumn() {
        return dayColumn;
    }

    boolean isPerGuide() {
        return perGuide;
    }

    String[] keyColumns() {
        return perGuide ? new String[] {dayColumn, "GUIDE_ID", "STORE_ID"}
                : new String[] {dayColumn, "STORE_ID", "CHANNEL_CODE"};
    }

    /** Every column in the order rows are bound: key, region, franchisee, metrics, UPDATED_AT. */
    String[] columns() {
        String[] keys = keyColumns();
        Measure[] metrics = Measure.values();
        String[] columns = new String[keys.length + 2 + metrics.length + 1];
        System.arraycopy(keys, 0, columns, 0, keys.length);
        columns[keys.length] = "REGION_ID";
        columns[keys.length + 1] = "FRANCHISEE_ID";
        for (int i = 0; i < metrics.length; i++) {
            columns[keys.length + 2 + i] = metrics[i].column();
        }
        columns[columns.length - 1] = "UPDATED_AT";
        return columns;
    }

    int[] types() {
        int[] types = new int[columns().length];
        types[0] = Types.DATE;
        types[1] = Types.BIGINT;
        types[2] = perGuide ? Types.BIGINT : Types.VARCHAR;
        types[3] = Types.BIGINT;
        types[4] = Types.BIGINT;
        Measure[] metrics = Measure.values();
        for (int i = 0; i < metrics.length; i++) {
            types[5 + i] = metrics[i].isMoney() ? Types.DECIMAL : Types.INTEGER;
        }
        types[types.length - 1] = Types.TIMESTAMP;
        return types;
    }

    static String castType(int sqlType) {
        switch (sqlType) {
            case Types.DATE:
                return "DATE";
            case Types.BIGINT:
                return "BIGINT";
            case Types.VARCHAR:
                return "VARCHAR(32)";
            case Types.DECIMAL:
                return "DECIMAL(19,2)";
            case Types.INTEGER:
                return "INTEGER";
            default:
                return "TIMESTAMP";
        }
    }
}
