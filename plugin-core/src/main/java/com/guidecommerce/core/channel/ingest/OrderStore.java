package com.guidecommerce.core.channel.ingest;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes channel orders, their lines and the members' channel identities (GC_CHANNEL_ORDER,
 * GC_CHANNEL_ORDER_LINE, GC_MEMBER_IDENTITY) with plain batched JDBC inside the caller's transaction. Hibernate maps
 * the same tables read-only for the admin.
 */
class OrderStore {

    private static final String ORDER_COLUMNS = "CHANNEL_ORDER_ID, CHANNEL_CODE, ORDER_NO, CURRENCY_CODE, MEMBER_NO,"
            + " PHONE_HASH, BUYER_ID, STORE_CODE, SHARE_CODE, SHARED_AT, PAID_AT, COMPLETED_AT, CREATED_AT, PAID_AMOUNT,"
            + " REFUNDED_AMOUNT, MATCH_STATUS, MATCHED_BY, CUSTOMER_ID, RETURN_WINDOW_ENDS_AT";
    private static final int T = Types.TIMESTAMP;
    private static final int V = Types.VARCHAR;
    private static final int B = Types.BIGINT;
    private static final int D = Types.DECIMAL;
    private static final int I = Types.INTEGER;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowInserts inserts;

    OrderStore(JdbcTemplate jdbc, RowInserts inserts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.inserts = inserts;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * The channel's orders with these numbers. Lines are read only for the orders in {@code withDetail} (those a
     * refund or a completion reported with its lines will touch): a plain completion needs none.
     */
    Map<String, OrderState> loadOrders(String channelCode, Collection<String> orderNos, Collection<String> withDetail) {
        List<OrderState> found = new ArrayList<OrderState>();
        for (List<String> chunk : Sql.chunks(new ArrayList<String>(orderNos))) {
            readOrders("CHANNEL_CODE = :channel AND ORDER_NO IN (:keys)",
                    new MapSqlParameterSource("channel", channelCode).addValue("keys", chunk), found, withDetail);
        }
        Map<String, OrderState> orders = new LinkedHashMap<String, OrderState>();
        for (OrderState order : found) {
            orders.put(order.orderNo, order);
        }
        return orders;
    }

    /** Orders by id, of any channel, with their lines. */
    List<OrderState> loadOrdersById(Collection<Long> ids) {
        List<OrderState> orders = new ArrayList<OrderState>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(ids))) {
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
                        o.createdAt = rs.getTimestamp(13);
                        o.paidAmount = rs.getBigDecimal(14);
                        o.refundedAmount = rs.getBigDecimal(15);
                        o.matchStatus = rs.getString(16);
                        o.matchedBy = rs.getString(17);
                        o.customerId = Sql.toLong(rs.getObject(18));
                        o.returnWindowEndsAt = rs.getTimestamp(19);
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
        named.query("SELECT ORDER_LINE_ID, CHANNEL_ORDER_ID, LINE_NO, SKU, NAME, PRODUCT_ID, CATEGORY_ID, QUANTITY,"
                + " PAID_AMOUNT, REFUNDED_AMOUNT FROM GC_CHANNEL_ORDER_LINE WHERE CHANNEL_ORDER_ID IN (:ids)"
                + " ORDER BY ORDER_LINE_ID", new MapSqlParameterSource("ids", new ArrayList<Long>(byId.keySet())),
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        LineState line = new LineState();
                        line.id = rs.getLong(1);
                        line.lineNo = ChannelKeys.canonical(rs.getString(3));
                        line.sku = rs.getString(4);
                        line.name = rs.getString(5);
                        line.productId = Sql.toLong(rs.getObject(6));
                        line.categoryId = Sql.toLong(rs.getObject(7));
                        line.quantity = rs.getInt(8);
                        line.paidAmount = rs.getBigDecimal(9);
                        line.refundedAmount = rs.getBigDecimal(10);
                        byId.get(rs.getLong(2)).lines.put(line.lineNo, line);
                    }
                });
    }

    /** Writes what the batch changed: new rows inserted, changed rows updated, in batches. */
    void flush(Collection<OrderState> orders) {
        List<Object[]> newOrders = new ArrayList<Object[]>();
        List<Object[]> changedOrders = new ArrayList<Object[]>();
        List<Object[]> newLines = new ArrayList<Object[]>();
        List<Object[]> changedLines = new ArrayList<Object[]>();
        for (OrderState o : orders) {
            if (o.isNew) {
                newOrders.add(new Object[] {o.id, o.channelCode, o.orderNo, o.currency, o.memberNo, o.phoneHash,
                    o.buyerId, o.storeCode, o.shareCode, Sql.timestamp(o.sharedAt), Sql.timestamp(o.paidAt), Sql.timestamp(o.completedAt),
                    Sql.timestamp(o.createdAt), o.paidAmount, o.refundedAmount, o.matchStatus, o.matchedBy, o.customerId,
                    Sql.timestamp(o.returnWindowEndsAt)});
            } else if (o.dirty) {
                changedOrders.add(new Object[] {Sql.timestamp(o.completedAt), o.refundedAmount, o.matchStatus, o.matchedBy,
                    o.customerId, Sql.timestamp(o.returnWindowEndsAt), o.id});
            }
            for (LineState line : o.lines.values()) {
                if (line.isNew) {
                    newLines.add(new Object[] {line.id, o.id, line.lineNo, line.sku, line.name, line.productId,
                        line.categoryId, line.quantity, line.paidAmount, line.refundedAmount});
                } else if (line.dirty) {
                    changedLines.add(new Object[] {line.refundedAmount, line.id});
                }
            }
        }
        inserts.insert("GC_CHANNEL_ORDER", ORDER_COLUMNS, new int[] {B, V, V, V, V, V, V, V, V, T, T, T, T, D, D, V,
            V, B, T}, newOrders);
        if (!changedOrders.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_CHANNEL_ORDER SET COMPLETED_AT = ?, REFUNDED_AMOUNT = ?, MATCH_STATUS = ?,"
                    + " MATCHED_BY = ?, CUSTOMER_ID = ?, RETURN_WINDOW_ENDS_AT = ? WHERE CHANNEL_ORDER_ID = ?",
                    changedOrders, new int[] {T, D, V, V, B, T, B});
        }
        inserts.insert("GC_CHANNEL_ORDER_LINE", "ORDER_LINE_ID, CHANNEL_ORDER_ID, LINE_NO, SKU, NAME, PRODUCT_ID,"
                + " CATEGORY_ID, QUANTITY, PAID_AMOUNT, REFUNDED_AMOUNT", new int[] {B, B, V, V, V, B, B, I, D, D},
                newLines);
        if (!changedLines.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_CHANNEL_ORDER_LINE SET REFUNDED_AMOUNT = ? WHERE ORDER_LINE_ID = ?",
                    changedLines, new int[] {D, B});
        }
    }

    // ---- identities

    /** Identities as {id, type, channel, value, customer, actor, at} rows, in one batch. */
    void insertIdentities(List<Object[]> rows) {
        inserts.insert("GC_MEMBER_IDENTITY", "IDENTITY_ID, IDENTITY_TYPE, CHANNEL_CODE, IDENTITY_VALUE, CUSTOMER_ID,"
                + " CREATED_BY, CREATED_AT", new int[] {B, V, V, V, B, V, T}, rows);
    }

    void insertIdentity(long id, String type, String channelCode, String value, Long customerId, String actor,
                        Date at) {
        jdbc.update("INSERT INTO GC_MEMBER_IDENTITY (IDENTITY_ID, IDENTITY_TYPE, CHANNEL_CODE, IDENTITY_VALUE,"
                + " CUSTOMER_ID, CREATED_BY, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                new Object[] {id, type, channelCode, value, customerId, actor, Sql.timestamp(at)},
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
}
