package com.guidecommerce.core.common.jdbc;

import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Multi-row inserts on the test database (HSQLDB or MySQL): every row and value arrives, instants unchanged. */
@ExtendWith(BroadleafContextExtension.class)
class RowInsertsTest {

    private static final String COLUMNS = "EVENT_ID, CHANNEL_CODE, SOURCE, RECEIVED_AT, EVENT_KEY, DEDUPE_KEY, EVENT_TYPE,"
            + " ORDER_NO, STATUS, MESSAGE, PROCESSED_AT, PAYLOAD";
    private static final int[] TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.CLOB};
    private static final long FIRST_INSTANT = Instant.parse("2026-01-15T03:04:05Z").toEpochMilli();

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @Resource(name = "gcIdBlocks")
    com.guidecommerce.core.common.IdBlocks ids;

    @Test
    void shouldInsertEveryRowAndValueAcrossFullAndPartialStatements() {
        String channel = channel();
        int count = 2 * RowInserts.ROWS_PER_STATEMENT + 203;
        List<Object[]> rows = events(channel, count);

        insert(new RowInserts(jdbc), rows);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT EVENT_ID, EVENT_KEY, DEDUPE_KEY, MESSAGE,"
                + " PROCESSED_AT, PAYLOAD FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ? ORDER BY EVENT_ID", channel);
        assertEquals(count, stored.size());
        for (int i = 0; i < count; i++) {
            Object[] expected = rows.get(i);
            Map<String, Object> row = stored.get(i);
            assertEquals(((Long) expected[0]).longValue(), ((Number) row.get("EVENT_ID")).longValue());
            assertEquals(expected[4], row.get("EVENT_KEY"));
            assertEquals(expected[5], row.get("DEDUPE_KEY"));
            assertEquals(expected[9], row.get("MESSAGE"));
            assertEquals(expected[11], text(row.get("PAYLOAD")));
        }
        assertInstants(channel, rows);
    }

    @Test
    void shouldBindLocalTimesOnMySqlOnlyInTheSessionsZone() {
        ZoneId zone = jdbc.execute(new ConnectionCallback<ZoneId>() {
            @Override
            public ZoneId doInConnection(Connection con) throws SQLException {
                return RowInserts.localZone(con);
            }
        });
        if (TestDatabase.fromSystemProperties().isMysql()) {
            // The test connection's session zone is UTC.
            assertNotNull(zone);
            assertEquals(0, zone.getRules().getOffset(Instant.ofEpochMilli(FIRST_INSTANT)).getTotalSeconds());
            assertEquals(0, zone.getRules().getOffset(Instant.parse("2026-07-15T03:04:05Z")).getTotalSeconds());
        } else {
            assertNull(zone);
        }
    }

    @Test
    void shouldKeepInstantsWhenTheJvmRunsInAnotherZoneThanTheSession() {
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        try {
            String channel = channel();
            List<Object[]> rows = events(channel, 7);
            insert(new RowInserts(jdbc), rows);
            assertInstants(channel, rows);
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    private void insert(final RowInserts inserts, final List<Object[]> rows) {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                inserts.insert("GC_CHANNEL_EVENT", COLUMNS, TYPES, rows);
            }
        });
    }

    /** Rows whose received time steps by 61 minutes and 1 second; every third one without dedupe key or message. */
    private List<Object[]> events(String channel, int count) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            boolean bare = i % 3 == 0;
            Timestamp received = new Timestamp(FIRST_INSTANT + i * 3661000L);
            rows.add(new Object[] {ids.next("GC_CHANNEL_EVENT"), channel, "API", received, "K" + i,
                bare ? null : "K" + i, "ORDER_PAID", "O" + i, "APPLIED", bare ? null : "message \u4e2d " + i,
                bare ? null : new java.util.Date(received.getTime() + 1000L), "{\"orderNo\":\"O" + i + "\"}"});
        }
        return rows;
    }

    /** Read back as the application reads them: {@code getTimestamp}, which undoes the session's zone. */
    private void assertInstants(String channel, List<Object[]> rows) {
        List<Long[]> stored = jdbc.query("SELECT RECEIVED_AT, PROCESSED_AT FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ?"
                + " ORDER BY EVENT_ID", new RowMapper<Long[]>() {
                    @Override
                    public Long[] mapRow(ResultSet rs, int rowNum) throws SQLException {
                        Timestamp processed = rs.getTimestamp(2);
                        return new Long[] {rs.getTimestamp(1).getTime(),
                            processed == null ? null : processed.getTime()};
                    }
                }, channel);
        assertEquals(rows.size(), stored.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(((Timestamp) rows.get(i)[3]).getTime(), stored.get(i)[0].longValue());
            Object processed = rows.get(i)[10];
            assertEquals(processed == null ? null : ((java.util.Date) processed).getTime(), stored.get(i)[1]);
        }
    }

    private static String text(Object value) {
        try {
            return value instanceof java.sql.Clob
                    ? ((java.sql.Clob) value).getSubString(1, (int) ((java.sql.Clob) value).length()) : (String) value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String channel() {
        return "RI" + UUID.randomUUID().toString().substring(0, 8);
    }
}
