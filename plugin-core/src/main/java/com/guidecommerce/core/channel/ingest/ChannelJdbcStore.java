package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.ChannelKeys;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the ingest pipeline's tables (channel events, orders, lines, ledger entries, identities) with
 * plain, batched JDBC inside the caller's transaction. Hibernate maps the same tables read-only for the admin.
 */
class ChannelJdbcStore {

    private static final String ORDER_COLUMNS = "CHANNEL_ORDER_ID, CHANNEL_CODE, ORDER_NO, CURRENCY_CODE, MEMBER_NO,"
            + " PHONE_HASH, BUYER_ID, STORE_CODE, SHARE_CODE, SHARED_AT, PAID_AT, COMPLETED_AT, ATTRIBUTED_AT,"
            + " CREATED_AT, PAID_AMOUNT, REFUNDED_AMOUNT, MATCH_STATUS, MATCHED_BY, CUSTOMER_ID, BOUND_GUIDE_ID,"
            + " BINDING_RECORD_ID, SHARER_GUIDE_ID, PARENT_GUIDE_ID, FRANCHISEE_ID, ATTRIBUTION_NOTE,"
            + " RETURN_WINDOW_ENDS_AT";
    private static final String ENTRY_COLUMNS = "ENTRY_ID, KIND, ROLE, BENEFICIARY_TYPE, BENEFICIARY_ID,"
            + " BENEFICIARY_CODE, BENEFICIARY_NAME, CHANNEL_CODE, CHANNEL_ORDER_ID, ORDER_LINE_ID, BASE_AMOUNT,"
            + " RATE_PERCENT, AMOUNT, CURRENCY_CODE, STATE, FROZEN_UNTIL, ELIGIBLE_AT, STATEMENT_ID, REVERSES_ENTRY_ID,"
            + " EVENT_ID, CUSTOMER_ID, BINDING_RECORD_ID, PLAN_ID, PLAN_VERSION, RULE_ID, RULE_SCOPE, CREATED_AT,"
            + " STATE_CHANGED_AT";
    /** The columns {@link #storedEvent} reads, in its order. */
    private static final String STORED_EVENT_COLUMNS = "EVENT_ID, EVENT_KEY, DEDUPE_KEY, EVENT_TYPE, ORDER_NO, PAYLOAD,"
            + " SOURCE, RECEIVED_AT";
    private static final int T = Types.TIMESTAMP;
    private static final int V = Types.VARCHAR;
    private static final int B = Types.BIGINT;
    private static final int D = Types.DECIMAL;
    private static final int I = Types.INTEGER;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowInserts inserts;

    ChannelJdbcStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.inserts = new RowInserts(jdbc);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    // ---- events

    /** Inserts the deliveries, as they stand (received, or with their outcome), and marks them stored. */
    void insertEvents(List<EventRow> rows) {
        List<Object[]> args = new ArrayList<Object[]>(rows.size());
        for (EventRow row : rows) {
            args.add(new Object[] {row.id, row.channelCode, row.source, ts(row.receivedAt), row.eventKey, row.dedupeKey,
                row.eventType, row.orderNo, row.status.name(), row.message, ts(row.processedAt), row.payload});
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
                args.add(new Object[] {row.status.name(), row.dedupeKey, row.message, ts(row.processedAt), row.id});
            }
        }
        for (List<Long> chunk : Lookups.chunks(applied)) {
            named.update("UPDATE GC_CHANNEL_EVENT SET STATUS = 'APPLIED', DEDUPE_KEY = EVENT_KEY, MESSAGE = NULL,"
                    + " PROCESSED_AT = :at WHERE EVENT_ID IN (:ids)", new MapSqlParameterSource("ids", chunk)
                    .addValue("at", ts(processedAt)));
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_CHANNEL_EVENT SET STATUS = ?, DEDUPE_KEY = ?, MESSAGE = ?, PROCESSED_AT = ?"
                    + " WHERE EVENT_ID = ?", args, new int[] {V, V, V, T, B});
        }
    }

    /** Accepted events of the channel with these keys: key to event id. */
    Map<String, Long> acceptedKeys(String channelCode, Collection<String> keys) {
        final Map<String, Long> found = new HashMap<String, Long>();
        for (List<String> chunk : Lookups.chunks(new ArrayList<String>(keys))) {
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
        for (List<Long> chunk : Lookups.chunks(eventIds)) {
            claimed += named.update("UPDATE GC_CHANNEL_EVENT SET PROCESSED_AT = :now WHERE EVENT_ID IN (:ids)"
                    + " AND STATUS IN ('RECEIVED', 'FAILED')", new MapSqlParameterSource("ids", chunk)
                    .addValue("now", ts(now)));
        }
        return claimed;
    }

    /** Records that a delivery, alone in its transaction, still could not be applied. */
    void markFailed(EventRow row, String reason, Date now) {
        jdbc.update("UPDATE GC_CHANNEL_EVENT SET STATUS = 'FAILED', MESSAGE = ?, PROCESSED_AT = ? WHERE EVENT_ID = ?"
                + " AND STATUS IN ('RECEIVED', 'FAILED')", new Object[] {reason, ts(now), row.id}, new int[] {V, T, B});
        row.status = EventStatus.FAILED;
        row.message = reason;
    }

    /** Takes the stored outcome of deliveries another transaction processed. */
    void readOutcomes(final List<EventRow> rows) {
        final Map<Long, EventRow> byId = new HashMap<Long, EventRow>();
        for (EventRow row : rows) {
            byId.put(row.id, row);
        }
        for (List<Long> chunk : Lookups.chunks(new ArrayList<Long>(byId.keySet()))) {
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
        for (List<String> chunk : Lookups.chunks(new ArrayList<String>(orderNos))) {
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

    // ---- orders, lines and entries

    /**
     * The channel's orders with these numbers. Lines and ledger entries are read only for the orders in
     * {@code withDetail} (those a refund or a first commission will touch): a completion needs neither.
     */
    Map<String, OrderState> loadOrders(String channelCode, Collection<String> orderNos, Collection<String> withDetail) {
        List<OrderState> found = new ArrayList<OrderState>();
        for (List<String> chunk : Lookups.chunks(new ArrayList<String>(orderNos))) {
            readOrders("CHANNEL_CODE = :channel AND ORDER_NO IN (:keys)",
                    new MapSqlParameterSource("channel", channelCode).addValue("keys", chunk), found, withDetail);
        }
        Map<String, OrderState> orders = new LinkedHashMap<String, OrderState>();
        for (OrderState order : found) {
            orders.put(order.orderNo, order);
        }
        return orders;
    }

    /** Orders by id, of any channel, with their lines and entries. */
    List<OrderState> loadOrdersById(Collection<Long> ids) {
        List<OrderState> orders = new ArrayList<OrderState>();
        for (List<Long> chunk : Lookups.chunks(new ArrayList<Long>(ids))) {
            readOrders("CHANNEL_ORDER_ID IN (:keys)", new MapSqlParameterSource("keys", chunk), orders, null);
        }
        return orders;
    }

    private void readOrders(String where, MapSqlParameterSource params, final List<OrderState> into,
                            final Collection<String> withDetail) {
        final Map<Long, OrderState> byId = new HashMap<Long, OrderState>();
        named.query("SELECT " + ORDER_COLUMNS + " FROM GC_CHANNEL_ORDER WHERE " + where, params,
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        OrderState o = new OrderState();
                        o.id = rs.getLong(1);
                        o.channelCode = rs.getString(2);
                        o.orderNo = ChannelKeys.canonical(rs.getString(3));
                        o.currency = rs.getString(4);
                        o.memberNo = rs.getString(5);
                        o.phoneHash = rs.getString(6);
                        o.buyerId = rs.getString(7);
                        o.storeCode = rs.getString(8);
                        o.shareCode = rs.getString(9);
                        o.sharedAt = rs.getTimestamp(10);
                        o.paidAt = rs.getTimestamp(11);
                        o.completedAt = rs.getTimestamp(12);
                        o.attributedAt = rs.getTimestamp(13);
                        o.createdAt = rs.getTimestamp(14);
                        o.paidAmount = rs.getBigDecimal(15);
                        o.refundedAmount = rs.getBigDecimal(16);
                        o.matchStatus = rs.getString(17);
                        o.matchedBy = rs.getString(18);
                        o.customerId = Lookups.toLong(rs.getObject(19));
                        o.boundGuideId = Lookups.toLong(rs.getObject(20));
                        o.bindingRecordId = Lookups.toLong(rs.getObject(21));
                        o.sharerGuideId = Lookups.toLong(rs.getObject(22));
                        o.parentGuideId = Lookups.toLong(rs.getObject(23));
                        o.franchiseeId = Lookups.toLong(rs.getObject(24));
                        o.attributionNote = rs.getString(25);
                        o.frozenUntil = rs.getTimestamp(26);
                        into.add(o);
                        o.detailLoaded = withDetail == null || withDetail.contains(o.orderNo);
                        if (o.detailLoaded) {
                            byId.put(o.id, o);
                        }
                    }
                });
        if (byId.isEmpty()) {
            return;
        }
        final Map<Long, LineState> lines = new HashMap<Long, LineState>();
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", new ArrayList<Long>(byId.keySet()));
        named.query("SELECT ORDER_LINE_ID, CHANNEL_ORDER_ID, LINE_NO, SKU, NAME, PRODUCT_ID, CATEGORY_ID, QUANTITY,"
                + " PAID_AMOUNT, REFUNDED_AMOUNT FROM GC_CHANNEL_ORDER_LINE WHERE CHANNEL_ORDER_ID IN (:ids)"
                + " ORDER BY ORDER_LINE_ID", ids, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        LineState line = new LineState();
                        line.id = rs.getLong(1);
                        line.lineNo = ChannelKeys.canonical(rs.getString(3));
                        line.sku = rs.getString(4);
                        line.name = rs.getString(5);
                        line.productId = Lookups.toLong(rs.getObject(6));
                        line.categoryId = Lookups.toLong(rs.getObject(7));
                        line.quantity = rs.getInt(8);
                        line.paidAmount = rs.getBigDecimal(9);
                        line.refundedAmount = rs.getBigDecimal(10);
                        byId.get(rs.getLong(2)).lines.put(line.lineNo, line);
                        lines.put(line.id, line);
                    }
                });
        named.query("SELECT " + ENTRY_COLUMNS + " FROM GC_COMMISSION_ENTRY WHERE CHANNEL_ORDER_ID IN (:ids)"
                + " ORDER BY ENTRY_ID", ids, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        LedgerRow e = readEntry(rs);
                        byId.get(e.orderId).entries.add(e);
                        if (e.isCommission() && lines.containsKey(e.lineId)) {
                            lines.get(e.lineId).commissions.add(e);
                        }
                    }
                });
    }

    private static LedgerRow readEntry(ResultSet rs) throws SQLException {
        LedgerRow e = new LedgerRow();
        e.id = rs.getLong(1);
        e.kind = EntryKind.valueOf(rs.getString(2));
        e.role = rs.getString(3);
        e.beneficiaryType = rs.getString(4);
        e.beneficiaryId = rs.getLong(5);
        e.beneficiaryCode = rs.getString(6);
        e.beneficiaryName = rs.getString(7);
        e.channelCode = rs.getString(8);
        e.orderId = rs.getLong(9);
        e.lineId = rs.getLong(10);
        e.baseAmount = rs.getBigDecimal(11);
        e.ratePercent = rs.getBigDecimal(12);
        e.amount = rs.getBigDecimal(13);
        e.currency = rs.getString(14);
        e.state = EntryState.valueOf(rs.getString(15));
        e.frozenUntil = rs.getTimestamp(16);
        e.eligibleAt = rs.getTimestamp(17);
        e.statementId = Lookups.toLong(rs.getObject(18));
        e.reversesEntryId = Lookups.toLong(rs.getObject(19));
        e.eventId = Lookups.toLong(rs.getObject(20));
        e.customerId = Lookups.toLong(rs.getObject(21));
        e.bindingRecordId = Lookups.toLong(rs.getObject(22));
        e.planId = Lookups.toLong(rs.getObject(23));
        int version = rs.getInt(24);
        e.planVersion = rs.wasNull() ? null : version;
        e.ruleId = Lookups.toLong(rs.getObject(25));
        e.ruleScope = rs.getString(26);
        e.createdAt = rs.getTimestamp(27);
        e.stateChangedAt = rs.getTimestamp(28);
        return e;
    }

    /** Writes what the batch changed: new rows inserted, changed rows updated, in batches. */
    void flush(Collection<OrderState> orders, Date now) {
        List<Object[]> newOrders = new ArrayList<Object[]>();
        List<Object[]> changedOrders = new ArrayList<Object[]>();
        List<Object[]> newLines = new ArrayList<Object[]>();
        List<Object[]> changedLines = new ArrayList<Object[]>();
        List<Object[]> newEntries = new ArrayList<Object[]>();
        List<Long> frozenOrders = new ArrayList<Long>();
        for (OrderState o : orders) {
            if (o.completedInBatch && !o.isNew) {
                frozenOrders.add(o.id);
            }
            if (o.isNew) {
                newOrders.add(orderValues(o));
            } else if (o.dirty) {
                changedOrders.add(orderUpdate(o));
            }
            for (LineState line : o.lines.values()) {
                if (line.isNew) {
                    newLines.add(new Object[] {line.id, o.id, line.lineNo, line.sku, line.name, line.productId,
                        line.categoryId, line.quantity, line.paidAmount, line.refundedAmount});
                } else if (line.dirty) {
                    changedLines.add(new Object[] {line.refundedAmount, line.id});
                }
            }
            for (LedgerRow e : o.entries) {
                if (e.isNew) {
                    newEntries.add(entryValues(e));
                }
            }
        }
        if (!newOrders.isEmpty()) {
            inserts.insert("GC_CHANNEL_ORDER", ORDER_COLUMNS, new int[] {B, V, V, V, V, V, V, V, V, T, T, T, T, T, D, D,
                V, V, B, B, B, B, B, B, V, T}, newOrders);
        }
        if (!changedOrders.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_CHANNEL_ORDER SET COMPLETED_AT = ?, ATTRIBUTED_AT = ?, REFUNDED_AMOUNT = ?,"
                    + " MATCH_STATUS = ?, MATCHED_BY = ?, CUSTOMER_ID = ?, BOUND_GUIDE_ID = ?, BINDING_RECORD_ID = ?,"
                    + " SHARER_GUIDE_ID = ?, PARENT_GUIDE_ID = ?, FRANCHISEE_ID = ?, ATTRIBUTION_NOTE = ?,"
                    + " RETURN_WINDOW_ENDS_AT = ? WHERE CHANNEL_ORDER_ID = ?", changedOrders,
                    new int[] {T, T, D, V, V, B, B, B, B, B, B, V, T, B});
        }
        if (!newLines.isEmpty()) {
            inserts.insert("GC_CHANNEL_ORDER_LINE", "ORDER_LINE_ID, CHANNEL_ORDER_ID, LINE_NO, SKU, NAME, PRODUCT_ID,"
                    + " CATEGORY_ID, QUANTITY, PAID_AMOUNT, REFUNDED_AMOUNT", new int[] {B, B, V, V, V, B, B, I, D, D},
                    newLines);
        }
        if (!changedLines.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_CHANNEL_ORDER_LINE SET REFUNDED_AMOUNT = ? WHERE ORDER_LINE_ID = ?",
                    changedLines, new int[] {D, B});
        }
        if (!newEntries.isEmpty()) {
            inserts.insert("GC_COMMISSION_ENTRY", ENTRY_COLUMNS, new int[] {B, V, V, V, B, V, V, V, B, B, D, D, D, V, V,
                T, T, B, B, B, B, B, B, I, B, V, T, T}, newEntries);
        }
        freezePending(frozenOrders, now);
    }

    private static Object[] orderValues(OrderState o) {
        return new Object[] {o.id, o.channelCode, o.orderNo, o.currency, o.memberNo, o.phoneHash, o.buyerId,
            o.storeCode, o.shareCode, ts(o.sharedAt), ts(o.paidAt), ts(o.completedAt), ts(o.attributedAt),
            ts(o.createdAt), o.paidAmount, o.refundedAmount, o.matchStatus, o.matchedBy, o.customerId, o.boundGuideId,
            o.bindingRecordId, o.sharerGuideId, o.parentGuideId, o.franchiseeId, o.attributionNote, ts(o.frozenUntil)};
    }

    private static Object[] orderUpdate(OrderState o) {
        return new Object[] {ts(o.completedAt), ts(o.attributedAt), o.refundedAmount, o.matchStatus, o.matchedBy,
            o.customerId, o.boundGuideId, o.bindingRecordId, o.sharerGuideId, o.parentGuideId, o.franchiseeId,
            o.attributionNote, ts(o.frozenUntil), o.id};
    }

    private static Object[] entryValues(LedgerRow e) {
        return new Object[] {e.id, e.kind.name(), e.role, e.beneficiaryType, e.beneficiaryId, e.beneficiaryCode,
            e.beneficiaryName, e.channelCode, e.orderId, e.lineId, e.baseAmount, e.ratePercent, e.amount, e.currency,
            e.state.name(), ts(e.frozenUntil), ts(e.eligibleAt), e.statementId, e.reversesEntryId, e.eventId,
            e.customerId, e.bindingRecordId, e.planId, e.planVersion, e.ruleId, e.ruleScope, ts(e.createdAt),
            ts(e.stateChangedAt)};
    }

    // ---- identities

    /** Identities as {id, type, channel, value, customer, actor, at} rows, in one batch. */
    void insertIdentities(List<Object[]> rows) {
        inserts.insert("GC_MEMBER_IDENTITY", "IDENTITY_ID, IDENTITY_TYPE, CHANNEL_CODE, IDENTITY_VALUE, CUSTOMER_ID,"
                + " CREATED_BY, CREATED_AT", new int[] {B, V, V, V, B, V, T}, rows);
    }

    /**
     * Freezes the still-pending entries of orders that completed, until each order's return window ends (written to
     * the order first): one statement per few hundred orders rather than one per order.
     */
    void freezePending(List<Long> orderIds, Date now) {
        for (List<Long> chunk : Lookups.chunks(orderIds)) {
            // Found by a plain read, then changed by primary key: a range update over the state index would lock
            // gaps that concurrent batches of other channels need, and deadlock with them.
            List<Long> entryIds = named.queryForList("SELECT ENTRY_ID FROM GC_COMMISSION_ENTRY WHERE STATE = 'PENDING'"
                    + " AND CHANNEL_ORDER_ID IN (:ids)", new MapSqlParameterSource("ids", chunk), Long.class);
            for (List<Long> entries : Lookups.chunks(entryIds)) {
                named.update("UPDATE GC_COMMISSION_ENTRY SET STATE = 'FROZEN', STATE_CHANGED_AT = :now,"
                        + " FROZEN_UNTIL = (SELECT o.RETURN_WINDOW_ENDS_AT FROM GC_CHANNEL_ORDER o"
                        + " WHERE o.CHANNEL_ORDER_ID = GC_COMMISSION_ENTRY.CHANNEL_ORDER_ID),"
                        + " ELIGIBLE_AT = (SELECT o.RETURN_WINDOW_ENDS_AT FROM GC_CHANNEL_ORDER o"
                        + " WHERE o.CHANNEL_ORDER_ID = GC_COMMISSION_ENTRY.CHANNEL_ORDER_ID)"
                        + " WHERE ENTRY_ID IN (:ids) AND STATE = 'PENDING'",
                        new MapSqlParameterSource("ids", entries).addValue("now", ts(now)));
            }
        }
    }

    void insertIdentity(long id, String type, String channelCode, String value, Long customerId, String actor,
                        Date at) {
        jdbc.update("INSERT INTO GC_MEMBER_IDENTITY (IDENTITY_ID, IDENTITY_TYPE, CHANNEL_CODE, IDENTITY_VALUE,"
                + " CUSTOMER_ID, CREATED_BY, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                new Object[] {id, type, channelCode, value, customerId, actor, ts(at)},
                new int[] {B, V, V, V, B, V, T});
    }

    Long identityOwner(String type, String channelCode, String value) {
        List<Long> owners = jdbc.queryForList("SELECT CUSTOMER_ID FROM GC_MEMBER_IDENTITY WHERE IDENTITY_TYPE = ?"
                + " AND CHANNEL_CODE = ? AND IDENTITY_VALUE = ?", Long.class, type, channelCode, value);
        return owners.isEmpty() ? null : owners.get(0);
    }

    /** Unmatched orders naming this phone hash (any channel) or this buyer id (in its channel). */
    List<Long> unmatchedOrderIds(String phoneHash, String channelCode, String buyerId) {
        List<Long> ids = new ArrayList<Long>();
        if (phoneHash != null) {
            ids.addAll(jdbc.queryForList("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER WHERE MATCH_STATUS = 'UNMATCHED'"
                    + " AND PHONE_HASH = ?", Long.class, phoneHash));
        }
        if (buyerId != null) {
            for (Long id : jdbc.queryForList("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER"
                    + " WHERE MATCH_STATUS = 'UNMATCHED' AND CHANNEL_CODE = ? AND BUYER_ID = ?", Long.class,
                    channelCode, buyerId)) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
