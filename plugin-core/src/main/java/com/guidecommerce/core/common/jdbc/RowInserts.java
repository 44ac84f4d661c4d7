package com.guidecommerce.core.common.jdbc;

import org.hibernate.engine.jdbc.spi.JdbcWrapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Inserts many rows of one table as multi-row {@code INSERT ... VALUES (...), (...)} statements on the transaction's
 * connection. Each value is bound once with the driver's own typed setter: no per-row statement, no batch the driver
 * has to rewrite (and encode twice), no proxy between us and the driver. Both MySQL and HSQLDB take the syntax.
 */
public final class RowInserts {

    /** Rows per statement: a few hundred keep each statement well under MySQL's packet and placeholder limits. */
    public static final int ROWS_PER_STATEMENT = 500;

    private final JdbcTemplate jdbc;
    /** The zone in which timestamps go to the driver as local date-times, if any (see {@link #localZone}). */
    private volatile ZoneId zone;
    private volatile boolean probed;

    public RowInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param columns the column list, comma separated
     * @param types   a {@link Types} code per column: BIGINT, INTEGER, DECIMAL, VARCHAR, CLOB or TIMESTAMP
     * @param rows    the values, one array per row, in column order
     */
    public void insert(String table, String columns, int[] types, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        Connection held = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            Connection con = physical(held);
            if (!probed) {
                zone = localZone(con);
                probed = true;
            }
            ZoneId local = zone;
            PreparedStatement full = null;
            try {
                for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                    int count = Math.min(ROWS_PER_STATEMENT, rows.size() - from);
                    if (count == ROWS_PER_STATEMENT) {
                        // Every full statement has the same text: prepared once, bound anew each time.
                        if (full == null) {
                            full = con.prepareStatement(sql(head, types.length, count));
                        }
                        execute(full, types, rows, from, count, local);
                    } else {
                        PreparedStatement rest = con.prepareStatement(sql(head, types.length, count));
                        try {
                            execute(rest, types, rows, from, count, local);
                        } finally {
                            rest.close();
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("insert into " + table, head, e);
        } finally {
            DataSourceUtils.releaseConnection(held, jdbc.getDataSource());
        }
    }

    private static void execute(PreparedStatement statement, int[] types, List<Object[]> rows, int from, int count,
                                ZoneId zone) throws SQLException {
        int index = 1;
        for (int r = from; r < from + count; r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < types.length; c++) {
                bind(statement, index++, types[c], row[c], zone);
            }
        }
        statement.executeUpdate();
    }

    private static void bind(PreparedStatement statement, int index, int type, Object value, ZoneId zone)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type == Types.CLOB ? Types.VARCHAR : type);
            return;
        }
        switch (type) {
            case Types.BIGINT:
                statement.setLong(index, ((Number) value).longValue());
                break;
            case Types.INTEGER:
                statement.setInt(index, ((Number) value).intValue());
                break;
            case Types.DECIMAL:
                statement.setBigDecimal(index, (BigDecimal) value);
                break;
            case Types.VARCHAR:
            case Types.CLOB:
                statement.setString(index, (String) value);
                break;
            case Types.TIMESTAMP:
                if (zone != null) {
                    statement.setObject(index, localTime((Date) value, zone));
                } else {
                    statement.setTimestamp(index, value instanceof Timestamp ? (Timestamp) value
                            : new Timestamp(((Date) value).getTime()));
                }
                break;
            default:
                throw new IllegalArgumentException("No binding for SQL type " + type);
        }
    }

    /**
     * MySQL's driver renders a {@link Timestamp} through a date format it builds anew for every value, a large share of
     * the cost of a wide insert; a {@link LocalDateTime} it renders cheaply, as it is. Both must name the same instant:
     * the driver is asked once to send two instants (winter and summer) both ways, the local date-time taken in the
     * JVM's zone and then in UTC (the two settings of the session's zone in use). The first zone in which the server
     * reads the same date-times is used; if none, or on another database, timestamps are bound as timestamps.
     */
    static ZoneId localZone(Connection con) throws SQLException {
        if (!con.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mysql")) {
            return null;
        }
        for (ZoneId candidate : new ZoneId[] {ZoneId.systemDefault(), ZoneOffset.UTC}) {
            if (agrees(con, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean agrees(Connection con, ZoneId zone) throws SQLException {
        long[] probes = {1609502767000L, 1625140367000L};
        PreparedStatement statement = con.prepareStatement("SELECT CAST(? AS DATETIME), CAST(? AS DATETIME),"
                + " CAST(? AS DATETIME), CAST(? AS DATETIME)");
        try {
            for (int i = 0; i < probes.length; i++) {
                statement.setTimestamp(2 * i + 1, new Timestamp(probes[i]));
                statement.setObject(2 * i + 2, localTime(new Date(probes[i]), zone));
            }
            ResultSet rs = statement.executeQuery();
            try {
                return rs.next() && rs.getString(1) != null && rs.getString(1).equals(rs.getString(2))
                        && rs.getString(3) != null && rs.getString(3).equals(rs.getString(4));
            } finally {
                rs.close();
            }
        } catch (SQLException e) {
            return false;
        } finally {
            statement.close();
        }
    }

    private static LocalDateTime localTime(Date value, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(value.getTime()), zone);
    }

    /**
     * The driver's connection under Hibernate's JDBC proxy (which would otherwise see every setter through
     * reflection). The transaction is the same: it is the same connection.
     */
    private static Connection physical(Connection con) {
        Connection unwrapped = con;
        while (unwrapped instanceof JdbcWrapper) {
            Object inner = ((JdbcWrapper<?>) unwrapped).getWrappedObject();
            if (!(inner instanceof Connection) || inner == unwrapped) {
                break;
            }
            unwrapped = (Connection) inner;
        }
        return unwrapped;
    }

    private static String sql(String head, int columns, int rows) {
        StringBuilder group = new StringBuilder("(");
        for (int i = 0; i < columns; i++) {
            group.append(i == 0 ? "?" : ", ?");
        }
        group.append(')');
        StringBuilder sql = new StringBuilder(head.length() + rows * (group.length() + 2)).append(head);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(group);
        }
        return sql.toString();
    }
}
