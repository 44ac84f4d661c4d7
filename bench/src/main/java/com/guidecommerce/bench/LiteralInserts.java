package com.guidecommerce.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Rows of one table sent as multi-row {@code INSERT ... VALUES (...), (...)} statements with the values written out,
 * for seeding millions of generated rows: binding that many parameters would cost the JVM more than the server's
 * inserts. Each table has its own connection and thread, so the server inserts while the caller builds the next
 * statements, and several tables at once; they commit every few statements, and without foreign key or unique checks
 * (the caller's rows are consistent by construction). Values are the benchmark's own (numbers, codes, dates), never
 * outside input. Date-times are written in UTC, as the driver sends them with {@code serverTimezone=UTC}.
 */
final class LiteralInserts implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 1000;
    private static final int STATEMENTS_PER_COMMIT = 50;
    /** Statements built and not yet sent, per table. */
    private static final int QUEUED = 4;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final Statement statement;
    private final ExecutorService sender;
    private final Semaphore room = new Semaphore(QUEUED);
    private final String head;
    private final StringBuilder sql = new StringBuilder(1 << 20);
    private int pending;
    private long rows;
    private int sent;
    private volatile SQLException failure;

    LiteralInserts(BenchOptions options, String table, String columns) throws SQLException {
        this.connection = BenchContext.connect(options);
        this.statement = connection.createStatement();
        statement.execute("SET FOREIGN_KEY_CHECKS = 0");
        statement.execute("SET UNIQUE_CHECKS = 0");
        connection.setAutoCommit(false);
        this.sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-seed-" + table));
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    }

    /** One row's values in column order: Long, Integer, BigDecimal, String, Date or null. */
    void add(Object... values) throws SQLException {
        sql.append(pending == 0 ? head : ", ").append('(');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            append(values[i]);
        }
        sql.append(')');
        rows++;
        if (++pending == ROWS_PER_STATEMENT) {
            send();
        }
    }

    long rows() {
        return rows;
    }

    /** Sends what is left, waits until the server has it all and commits. */
    @Override
    public void close() throws SQLException {
        try {
            send();
            sender.shutdown();
            if (!sender.awaitTermination(1, TimeUnit.HOURS)) {
                throw new SQLException("Seeding " + head + "... did not finish in an hour");
            }
            throwFailure();
            connection.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while seeding", e);
        } finally {
            sender.shutdownNow();
            connection.close();
        }
    }

    private void send() throws SQLException {
        throwFailure();
        if (pending == 0) {
            return;
        }
        String text = sql.toString();
        sql.setLength(0);
        pending = 0;
        room.acquireUninterruptibly();
        sender.execute(() -> {
            try {
                if (failure == null) {
                    statement.executeUpdate(text);
                    if (++sent % STATEMENTS_PER_COMMIT == 0) {
                        connection.commit();
                    }
                }
            } catch (SQLException e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    private void throwFailure() throws SQLException {
        if (failure != null) {
            throw failure;
        }
    }

    private void append(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof Date date) {
            sql.append('\'').append(DATE_TIME.format(Instant.ofEpochMilli(date.getTime()))).append('\'');
        } else if (value instanceof String text) {
            sql.append('\'').append(text.replace("\\", "\\\\").replace("'", "''")).append('\'');
        } else if (value instanceof BigDecimal amount) {
            sql.append(amount.toPlainString());
        } else if (value instanceof Long || value instanceof Integer) {
            sql.append(value);
        } else {
            throw new IllegalArgumentException("No literal for " + value.getClass().getName());
        }
    }
}
