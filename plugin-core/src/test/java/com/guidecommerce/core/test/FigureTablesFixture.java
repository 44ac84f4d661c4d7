package com.guidecommerce.core.test;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The daily and monthly figure tables as the boards design names them, for tests of their readers: created when the
 * schema has not got them (on HSQLDB and MySQL alike) and filled with plain SQL. Where the figure entities exist,
 * the tables the schema tool made are used as they are.
 */
public final class FigureTablesFixture {

    private static final String METRICS = "SALES DECIMAL(19,2) NOT NULL, REFUNDS DECIMAL(19,2) NOT NULL,"
            + " ORDERS INT NOT NULL, REFUNDED_ORDERS INT NOT NULL, NEW_MEMBERS INT NOT NULL, BINDINGS INT NOT NULL,"
            + " COMMISSION DECIMAL(19,2) NOT NULL, COMMISSION_REVERSED DECIMAL(19,2) NOT NULL,"
            + " UPDATED_AT TIMESTAMP NULL";
    private static final String VALUES = "SALES, REFUNDS, ORDERS, REFUNDED_ORDERS, NEW_MEMBERS, BINDINGS, COMMISSION,"
            + " COMMISSION_REVERSED, UPDATED_AT";

    private static final String ADD = "SALES = SALES + ?, REFUNDS = REFUNDS + ?, ORDERS = ORDERS + ?,"
            + " NEW_MEMBERS = NEW_MEMBERS + ?, BINDINGS = BINDINGS + ?, COMMISSION = COMMISSION + ?,"
            + " COMMISSION_REVERSED = COMMISSION_REVERSED + ?";

    private final JdbcTemplate jdbc;

    public FigureTablesFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        for (String period : new String[] {"DAY", "MONTH"}) {
            create("GC_FIG_GUIDE_" + period, period + " DATE NOT NULL, GUIDE_ID BIGINT NOT NULL, STORE_ID BIGINT NOT NULL,"
                    + " REGION_ID BIGINT, FRANCHISEE_ID BIGINT, " + METRICS
                    + ", PRIMARY KEY (" + period + ", GUIDE_ID, STORE_ID)",
                    "(REGION_ID, " + period + ", GUIDE_ID)", "(STORE_ID, " + period + ")");
            create("GC_FIG_STORE_" + period, period + " DATE NOT NULL, STORE_ID BIGINT NOT NULL,"
                    + " CHANNEL_CODE VARCHAR(32) NOT NULL, REGION_ID BIGINT, FRANCHISEE_ID BIGINT, " + METRICS
                    + ", PRIMARY KEY (" + period + ", STORE_ID, CHANNEL_CODE)", "(REGION_ID, " + period + ")",
                    "(FRANCHISEE_ID, " + period + ")");
        }
    }

    /**
     * Adds to a guide's figures of a day: sales, refunds, orders, new members (and as many bindings), commission
     * credited, reversed.
     */
    public void guideDay(LocalDate day, long guideId, long storeId, Long regionId, Long franchiseeId, String sales,
                         String refunds, int orders, int newMembers, String commission, String reversed) {
        int added = jdbc.update("UPDATE GC_FIG_GUIDE_DAY SET " + ADD + " WHERE DAY = ? AND GUIDE_ID = ? AND STORE_ID = ?",
                new BigDecimal(sales), new BigDecimal(refunds), orders, newMembers, newMembers,
                new BigDecimal(commission), new BigDecimal(reversed), Date.valueOf(day), guideId, storeId);
        if (added > 0) {
            return;
        }
        jdbc.update("INSERT INTO GC_FIG_GUIDE_DAY (DAY, GUIDE_ID, STORE_ID, REGION_ID, FRANCHISEE_ID, " + VALUES
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, CURRENT_TIMESTAMP)", Date.valueOf(day), guideId, storeId, regionId,
                franchiseeId, new BigDecimal(sales), new BigDecimal(refunds), orders, newMembers, newMembers,
                new BigDecimal(commission), new BigDecimal(reversed));
    }

    /** A store's figures of a day in one channel. */
    public void storeDay(LocalDate day, long storeId, String channel, Long regionId, Long franchiseeId, String sales,
                         String refunds, int orders, int newMembers, String commission, String reversed) {
        jdbc.update("INSERT INTO GC_FIG_STORE_DAY (DAY, STORE_ID, CHANNEL_CODE, REGION_ID, FRANCHISEE_ID, " + VALUES
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, CURRENT_TIMESTAMP)", Date.valueOf(day), storeId, channel, regionId,
                franchiseeId, new BigDecimal(sales), new BigDecimal(refunds), orders, newMembers, newMembers,
                new BigDecimal(commission), new BigDecimal(reversed));
    }

    /** Rolls the month of {@code firstDay} up from the daily rows into both monthly tables, as a closed month is. */
    public void rollUp(LocalDate firstDay) {
        LocalDate last = firstDay.plusMonths(1).minusDays(1);
        String sums = "SUM(SALES), SUM(REFUNDS), SUM(ORDERS), SUM(REFUNDED_ORDERS), SUM(NEW_MEMBERS), SUM(BINDINGS),"
                + " SUM(COMMISSION), SUM(COMMISSION_REVERSED), MAX(UPDATED_AT)";
        jdbc.update("INSERT INTO GC_FIG_GUIDE_MONTH (MONTH, GUIDE_ID, STORE_ID, REGION_ID, FRANCHISEE_ID, " + VALUES
                + ") SELECT ?, GUIDE_ID, STORE_ID, MAX(REGION_ID), MAX(FRANCHISEE_ID), " + sums
                + " FROM GC_FIG_GUIDE_DAY WHERE DAY BETWEEN ? AND ? GROUP BY GUIDE_ID, STORE_ID",
                Date.valueOf(firstDay), Date.valueOf(firstDay), Date.valueOf(last));
        jdbc.update("INSERT INTO GC_FIG_STORE_MONTH (MONTH, STORE_ID, CHANNEL_CODE, REGION_ID, FRANCHISEE_ID, " + VALUES
                + ") SELECT ?, STORE_ID, CHANNEL_CODE, MAX(REGION_ID), MAX(FRANCHISEE_ID), " + sums
                + " FROM GC_FIG_STORE_DAY WHERE DAY BETWEEN ? AND ? GROUP BY STORE_ID, CHANNEL_CODE",
                Date.valueOf(firstDay), Date.valueOf(firstDay), Date.valueOf(last));
    }

    private void create(String table, String columns, String... indexes) {
        if (exists(table)) {
            return;
        }
        jdbc.execute("CREATE TABLE " + table + " (" + columns + ")");
        for (int i = 0; i < indexes.length; i++) {
            jdbc.execute("CREATE INDEX IX_" + table + "_T" + i + " ON " + table + " " + indexes[i]);
        }
    }

    private boolean exists(final String table) {
        return jdbc.execute(new ConnectionCallback<Boolean>() {
            @Override
            public Boolean doInConnection(Connection con) throws SQLException {
                for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
                    ResultSet tables = con.getMetaData().getTables(con.getCatalog(), null, name, null);
                    try {
                        if (tables.next()) {
                            return true;
                        }
                    } finally {
                        tables.close();
                    }
                }
                return false;
            }
        });
    }
}
