package com.guidecommerce.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ceiling: the same rows the pipeline wrote, inserted again with nothing but batched JDBC
 * ({@code rewriteBatchedStatements=true}) into fresh copies of the tables — same columns, indexes, unique keys and
 * the foreign keys among them. Rows are read back in chunks first; only the inserts and commits are timed. With as
 * many connections as the pipeline had callers, each copying its share of every table (rows by key modulo the
 * connections); a table's time is that of its slowest connection, and then of writing the copy's pages to disk.
 * Rows of a ledger seed are not the pipeline's and are not copied.
 */
final class CeilingBenchmark {

    /** Parents first, so the copies' foreign keys hold. */
    static final List<String> TABLES = List.of("GC_CHANNEL_ORDER", "GC_CHANNEL_ORDER_LINE", "GC_CHANNEL_EVENT",
            "GC_ORDER_ATTRIBUTION", "GC_COMMISSION_ENTRY");
    private static final String SUFFIX = "_CEIL";

    private final Connection connection;
    private final BenchOptions options;
    private final int chunk;
    private final Map<String, Long> firstIds;

    /** {@code firstIds}: per table, the first key the pipeline wrote (tables not named: all their rows). */
    CeilingBenchmark(Connection connection, BenchOptions options, int chunk, Map<String, Long> firstIds) {
        this.connection = connection;
        this.options = options;
        this.chunk = chunk;
        this.firstIds = firstIds;
    }

    /** Nanoseconds spent inserting, per table, in table order. */
    Map<String, Long> run() throws SQLException {
        createCopies();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String table : TABLES) {
            nanos.put(table, copyInParallel(table));
        }
        return nanos;
    }

    private long copyInParallel(String table) throws SQLException {
        int connections = options.threads;
        long[] nanos = new long[connections];
        Workers.runAll("bench-ceiling-" + table, connections, share -> {
            try (Connection own = BenchContext.connect(options)) {
                own.setAutoCommit(false);
                nanos[share] = copy(own, table, share, connections);
            }
        });
        // Like the pipeline's, the copy's time runs until its pages are on disk.
        long flushStart = System.nanoTime();
        BenchContext.flushToDisk(connection, List.of(table + SUFFIX));
        long flush = System.nanoTime() - flushStart;
        long slowest = 0;
        for (long n : nanos) {
            slowest = Math.max(slowest, n);
        }
        return slowest + flush;
    }

    private void createCopies() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + table + SUFFIX);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            for (String table : TABLES) {
                s.execute("CREATE TABLE " + table + SUFFIX + " LIKE " + table);
            }
            for (String[] fk : foreignKeys()) {
                String target = TABLES.contains(fk[2]) ? fk[2] + SUFFIX : fk[2];
                s.execute("ALTER TABLE " + fk[0] + SUFFIX + " ADD FOREIGN KEY (" + fk[1] + ") REFERENCES " + target
                        + " (" + fk[3] + ")");
            }
        }
    }

    /** {table, column, referenced table, referenced column} of every foreign key of the copied tables. */
    private List<String[]> foreignKeys() throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME,"
                + " REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                + " AND REFERENCED_TABLE_NAME IS NOT NULL AND TABLE_NAME = ?")) {
            for (String table : TABLES) {
                q.setString(1, table);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                }
            }
        }
        return keys;
    }

    /** Copies the rows whose key modulo {@code shares} is {@code share}; the time spent inserting and committing. */
    private long copy(Connection con, String table, int share, int shares) throws SQLException {
        String key = primaryKey(con, table);
        List<String> columns = new ArrayList<>();
        try (Statement s = con.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
        }
        String insertSql = "INSERT INTO " + table + SUFFIX + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        int keyIndex = columns.indexOf(key);
        long nanos = 0;
        long after = firstIds.containsKey(table) ? firstIds.get(table) - 1 : Long.MIN_VALUE;
        try (PreparedStatement read = con.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
                + table + " WHERE " + key + " > ?" + (shares > 1 ? " AND MOD(" + key + ", " + shares + ") = " + share : "")
                + " ORDER BY " + key + " LIMIT " + chunk);
             PreparedStatement insert = con.prepareStatement(insertSql)) {
            while (true) {
                read.setLong(1, after);
                List<Object[]> rows = new ArrayList<>(chunk);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                con.commit();
                if (rows.isEmpty()) {
                    return nanos;
                }
                after = ((Number) rows.get(rows.size() - 1)[keyIndex]).longValue();
                long t0 = System.nanoTime();
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
                con.commit();
                nanos += System.nanoTime() - t0;
            }
        }
    }

    private static String primaryKey(Connection con, String table) throws SQLException {
        try (ResultSet rs = con.getMetaData().getPrimaryKeys(con.getCatalog(), null, table)) {
            if (!rs.next()) {
                throw new IllegalStateException(table + " has no primary key");
            }
            return rs.getString("COLUMN_NAME");
        }
    }
}
