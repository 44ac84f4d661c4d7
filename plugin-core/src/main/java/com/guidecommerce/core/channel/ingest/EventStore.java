package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.ChannelKeys;
import com.guidecommerce.core.common.jdbc.RowInserts;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes GC_CHANNEL_EVENT, the stored deliveries with their outcome, with plain batched JDBC inside the
 * caller's transaction. Hibernate maps the same table read-only for the admin.
 */
class EventStore {

    /** The columns {@link #storedEvent} reads, in its order. */
    private static final String STORED_EVENT_COLUMNS = "EVENT_ID, EVENT_KEY, DEDUPE_KEY, EVENT_TYPE, ORDER_NO, PAYLOAD,"
            + " SOURCE, RECEIVED_AT";
    private static final int T = Types.TIMESTAMP;
    private static final int V = Types.VARCHAR;
    private static final int B = Types.BIGINT;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowInserts inserts;

    EventStore(JdbcTemplate jdbc, RowInserts inserts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.inserts = inserts;
    }

    /** Inserts the deliveries, as they stand (received, or with their outcome), and marks them stored. */
    void insertEvents(List<EventRow> rows) {
        List<Object[]> args = new ArrayList<Object[]>(rows.size());
        for (EventRow row : rows) {
            args.add(new Object[] {row.id, row.channelCode, row.source, Sql.timestamp(row.receivedAt), row.eventKey, row.dedupeKey,
                row.eventType, row.orderNo, row.status.name(), row.message, Sql.timestamp(row.processedAt), row.payload});
        }
        inserts.insert("GC_CHANNEL_EVENT", "EVENT_ID, CHANNEL_CODE, SOURCE, RECEIVED_AT, EVENT_KEY, DEDUPE_KEY,"
                + " EVENT_TYPE, ORDER_NO, STATUS, MESSAGE, PROCESSED_AT, PAYLOAD", new int[] {B, V, V, T, V, V, V, V, V, V,
                    T, Types.CLOB}, args);
        for (EventRow row : rows) {
            row.stored = true;
        }
    }

    /**
     * Writes the outcome of processed events. Most are simply applied under their own key: those take one statement per
     * batch; the rest (duplicates, waiting, rejected, with their messages) one each.
     */
    void updateEvents(List<EventRow> rows, Date processedAt) {
        List<Long> applied = new ArrayList<Long>();
        List<Object[]> args = new ArrayList<Object[]>();
        for (EventRow row : rows) {
            if (!row.dirty) {
                continue;
            }
            if (row.status == EventStatus.APPLIED && row.message == null && row.eventKey.equals(row.dedupeKey)
                    && processedAt.equals(row.processedAt)) {
                applied.add(row.id);
            } else {
                args.add(new Object[] {row.status.name(), row.dedupeKey, row.message, Sql.timestamp(row.processedAt), row.id});
            }
        }
        for (List<Long> chunk : Sql.chunks(applied)) {
            named.update("UPDATE GC_CHANNEL_EVENT SET STATUS = 'APPLIED', DEDUPE_KEY = EVENT_KEY, MESSAGE = NULL,"
                    + " PROCESSED_AT = :at WHERE EVENT_ID IN (:ids)", new MapSqlParameterSource("ids", chunk)
                    .addValue("at", Sql.timestamp(processedAt)));
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_CHANNEL_EVENT SET STATUS = ?, DEDUPE_KEY = ?, MESSAGE = ?, PROCESSED_AT = ?"
                    + " WHERE EVENT_ID = ?", args, new int[] {V, V, V, T, B});
        }
    }

    /** Accepted events of the channel with these keys: key to event id. */
    Map<String, Long> acceptedKeys(String channelCode, Collection<String> keys) {
        final Map<String, Long> found = new HashMap<String, Long>();
        for (List<String> chunk : Sql.chunks(new ArrayList<String>(keys))) {
            named.query("SELECT DEDUPE_KEY, EVENT_ID FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = :channel"
                    + " AND DEDUPE_KEY IN (:keys)", new MapSqlParameterSource("channel", channelCode)
                    .addValue("keys", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            found.put(ChannelKeys.canonical(rs.getString(1)), rs.getLong(2));
                        }
                    });
        }
        return found;
    }

    /**
     * The oldest deliveries of the channel that were stored but not applied (their batch failed, or they failed on
     * their own), at most {@code limit}.
     */
    List<EventRow> unappliedEvents(final String channelCode, int limit) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(limit);
        return limited.query("SELECT " + STORED_EVENT_COLUMNS + " FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ?"
                + " AND STATUS IN ('RECEIVED', 'FAILED') ORDER BY EVENT_ID",
                new org.springframework.jdbc.core.RowMapper<EventRow>() {
                    @Override
                    public EventRow mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return storedEvent(rs, channelCode, EventStatus.RECEIVED);
                    }
                }, channelCode);
    }

    /**
     * Takes these stored deliveries for processing in the caller's transaction: locks those not applied yet and
     * answers how many that is (fewer when another transaction processed some of them meanwhile).
     */
    int claimStored(List<EventRow> rows, Date now) {
        List<Long> eventIds = new ArrayList<Long>(rows.size());
        for (EventRow row : rows) {
            eventIds.add(row.id);
        }
        int claimed = 0;
        for (List<Long> chunk : Sql.chunks(eventIds)) {
            claimed += named.update("UPDATE GC_CHANNEL_EVENT SET PROCESSED_AT = :now WHERE EVENT_ID IN (:ids)"
                    + " AND STATUS IN ('RECEIVED', 'FAILED')", new MapSqlParameterSource("ids", chunk)
                    .addValue("now", Sql.timestamp(now)));
        }
        return claimed;
    }

    /** Records that a delivery, alone in its transaction, still could not be applied. */
    void markFailed(EventRow row, String reason, Date now) {
        jdbc.update("UPDATE GC_CHANNEL_EVENT SET STATUS = 'FAILED', MESSAGE = ?, PROCESSED_AT = ? WHERE EVENT_ID = ?"
                + " AND STATUS IN ('RECEIVED', 'FAILED')", new Object[] {reason, Sql.timestamp(now), row.id}, new int[] {V, T, B});
        row.status = EventStatus.FAILED;
        row.message = reason;
    }

    /** Takes the stored outcome of deliveries another transaction processed. */
    void readOutcomes(final List<EventRow> rows) {
        final Map<Long, EventRow> byId = new HashMap<Long, EventRow>();
        for (EventRow row : rows) {
            byId.put(row.id, row);
        }
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(byId.keySet()))) {
            named.query("SELECT EVENT_ID, STATUS, MESSAGE FROM GC_CHANNEL_EVENT WHERE EVENT_ID IN (:ids)",
                    new MapSqlParameterSource("ids", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            EventRow row = byId.get(rs.getLong(1));
                            row.status = EventStatus.valueOf(rs.getString(2));
                            row.message = rs.getString(3);
                        }
                    });
        }
    }

    /** Deliveries stored but not applied, per channel. */
    Map<String, Long> unappliedCounts() {
        final Map<String, Long> counts = new java.util.TreeMap<String, Long>();
        jdbc.query("SELECT CHANNEL_CODE, COUNT(*) FROM GC_CHANNEL_EVENT WHERE STATUS IN ('RECEIVED', 'FAILED')"
                + " GROUP BY CHANNEL_CODE", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                });
        return counts;
    }

    private static EventRow storedEvent(ResultSet rs, String channelCode, EventStatus status) throws SQLException {
        EventRow row = new EventRow();
        row.id = rs.getLong(1);
        row.eventKey = rs.getString(2);
        row.dedupeKey = rs.getString(3);
        row.eventType = rs.getString(4);
        row.orderNo = ChannelKeys.canonical(rs.getString(5));
        row.payload = rs.getString(6);
        row.source = rs.getString(7);
        row.receivedAt = rs.getTimestamp(8);
        row.channelCode = channelCode;
        row.status = status;
        row.stored = true;
        return row;
    }

    /** Completions and refunds of these orders that wait for them, oldest first. */
    List<EventRow> waitingEvents(final String channelCode, Collection<String> orderNos) {
        final List<EventRow> rows = new ArrayList<EventRow>();
        for (List<String> chunk : Sql.chunks(new ArrayList<String>(orderNos))) {
            named.query("SELECT " + STORED_EVENT_COLUMNS + " FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = :channel"
                    + " AND ORDER_NO IN (:orders) AND STATUS = 'WAITING' ORDER BY EVENT_ID",
                    new MapSqlParameterSource("channel", channelCode).addValue("orders", chunk),
                    new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            rows.add(storedEvent(rs, channelCode, EventStatus.WAITING));
                        }
                    });
        }
        return rows;
    }
}
