package com.guidecommerce.core.membertag.dao;

import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.jdbc.Databases;
import com.guidecommerce.core.common.jdbc.Sql;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.membertag.rule.TagOrder;
import com.guidecommerce.core.membertag.rule.TagSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The member tag tables with plain SQL on the connection of Broadleaf's transaction: facts (GC_MEMBER_TAG_FACTS),
 * counted orders (GC_MEMBER_TAG_ORDER), tags held (GC_MEMBER_TAG) and their history (GC_MEMBER_TAG_HISTORY). A
 * member's facts row is their lock: {@link #lockMembers} creates or locks it, members in ascending id order, before
 * anything else of theirs is read or written; on MySQL the reads that follow are locking reads, so they see what
 * another transaction committed while this one waited. Bean {@code gcMemberTagStore}.
 */
public class MemberTagStore {

    static final String HISTORY_SEQUENCE = "GC_MEMBER_TAG_HISTORY";
    static final String EXPORT_SEQUENCE = "GC_MEMBER_TAG_EXPORT";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final IdBlocks ids;
    private volatile Boolean mysql;

    public MemberTagStore(JdbcTemplate jdbc, IdBlocks ids) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.ids = ids;
    }

    /** Creates the members' facts rows that do not exist yet and locks them all, in ascending id order. */
    public void lockMembers(Collection<Long> members) {
        List<Long> ascending = new ArrayList<Long>(new TreeSet<Long>(members));
        if (ascending.isEmpty()) {
            return;
        }
        if (isMysql()) {
            for (List<Long> chunk : Sql.chunks(ascending)) {
                StringBuilder sql = new StringBuilder("INSERT INTO GC_MEMBER_TAG_FACTS (CUSTOMER_ID, PAID_ORDERS,"
                        + " PAID_AMOUNT, REFUNDED_AMOUNT, MEMBER_DAY_ORDERS) VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?, 0, 0, 0, 0)" : ", (?, 0, 0, 0, 0)");
                }
                sql.append(" ON DUPLICATE KEY UPDATE CUSTOMER_ID = CUSTOMER_ID");
                jdbc.update(sql.toString(), chunk.toArray());
            }
        } else {
            List<Object[]> rows = new ArrayList<Object[]>();
            for (Long id : ascending) {
                rows.add(new Object[] {id});
            }
            jdbc.batchUpdate("MERGE INTO GC_MEMBER_TAG_FACTS t USING (VALUES (CAST(? AS BIGINT))) AS s (CUSTOMER_ID)"
                    + " ON t.CUSTOMER_ID = s.CUSTOMER_ID WHEN MATCHED THEN UPDATE SET t.PAID_ORDERS = t.PAID_ORDERS"
                    + " WHEN NOT MATCHED THEN INSERT (CUSTOMER_ID, PAID_ORDERS, PAID_AMOUNT, REFUNDED_AMOUNT,"
                    + " MEMBER_DAY_ORDERS) VALUES (s.CUSTOMER_ID, 0, 0, 0, 0)", rows, new int[] {Types.BIGINT});
        }
    }

    /** Sets when the members registered and were first bound where not known yet (locked members). */
    public void noteJoined(Map<Long, Date> registeredAt, Map<Long, Date> firstBoundAt) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (Long member : new TreeSet<Long>(union(registeredAt.keySet(), firstBoundAt.keySet()))) {
            rows.add(new Object[] {Sql.timestamp(registeredAt.get(member)), Sql.timestamp(firstBoundAt.get(member)),
                    member});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_MEMBER_TAG_FACTS SET REGISTERED_AT = COALESCE(REGISTERED_AT, ?),"
                    + " FIRST_BOUND_AT = COALESCE(FIRST_BOUND_AT, ?) WHERE CUSTOMER_ID = ?", rows,
                    new int[] {Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT});
        }
    }

    /** Members among these whose facts row lacks the registration moment. */
    public List<Long> withoutRegistration(Collection<Long> members) {
        final List<Long> missing = new ArrayList<Long>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(members))) {
            named.query("SELECT CUSTOMER_ID FROM GC_MEMBER_TAG_FACTS WHERE CUSTOMER_ID IN (:ids)"
                    + " AND REGISTERED_AT IS NULL" + lockClause(), new MapSqlParameterSource("ids", chunk),
                    new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            missing.add(rs.getLong(1));
                        }
                    });
        }
        return missing;
    }

    /** The counted orders among these, by order id (of locked members). */
    public Map<Long, TaggedOrder> readOrders(Collection<Long> orderIds) {
        final Map<Long, TaggedOrder> orders = new HashMap<Long, TaggedOrder>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(orderIds))) {
            named.query(ORDER_COLUMNS + " WHERE ORDER_ID IN (:ids)" + lockClause(),
                    new MapSqlParameterSource("ids", chunk), orderRows(orders));
        }
        return orders;
    }

    /** Writes new counted orders and the refunds of stored ones. */
    public void writeOrders(Collection<TaggedOrder> inserted, Collection<TaggedOrder> refunded) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (TaggedOrder order : inserted) {
            rows.add(new Object[] {order.getOrderId(), order.getCustomerId(), order.getChannelCode(),
                    Sql.timestamp(order.getPaidAt()), order.getPaid(), order.getRefunded(), order.isMemberDay()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO GC_MEMBER_TAG_ORDER (ORDER_ID, CUSTOMER_ID, CHANNEL_CODE, PAID_AT,"
                    + " PAID_AMOUNT, REFUNDED_AMOUNT, MEMBER_DAY) VALUES (?, ?, ?, ?, ?, ?, ?)", rows,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP, Types.DECIMAL,
                            Types.DECIMAL, Types.BOOLEAN});
        }
        rows = new ArrayList<Object[]>();
        for (TaggedOrder order : refunded) {
            rows.add(new Object[] {order.getRefunded(), order.getOrderId()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_MEMBER_TAG_ORDER SET REFUNDED_AMOUNT = ? WHERE ORDER_ID = ?", rows,
                    new int[] {Types.DECIMAL, Types.BIGINT});
        }
    }

    /** Sums the locked members' counted orders into their facts rows. */
    public void refreshFacts(Collection<Long> members, Date now) {
        Map<Long, TagSubject> subjects = subjects(members);
        List<Object[]> rows = new ArrayList<Object[]>();
        for (Map.Entry<Long, TagSubject> entry : subjects.entrySet()) {
            FactsSums sums = new FactsSums(entry.getValue().getOrders());
            rows.add(new Object[] {Sql.timestamp(sums.firstPaidAt), Sql.timestamp(sums.lastPaidAt), sums.orders,
                    sums.paid, sums.refunded, sums.channels(), sums.memberDayOrders, Sql.timestamp(now),
                    entry.getKey()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE GC_MEMBER_TAG_FACTS SET FIRST_PAID_AT = ?, LAST_PAID_AT = ?, PAID_ORDERS = ?,"
                    + " PAID_AMOUNT = ?, REFUNDED_AMOUNT = ?, CHANNELS = ?, MEMBER_DAY_ORDERS = ?, UPDATED_AT = ?"
                    + " WHERE CUSTOMER_ID = ?", rows, new int[] {Types.TIMESTAMP, Types.TIMESTAMP, Types.INTEGER,
                    Types.DECIMAL, Types.DECIMAL, Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP, Types.BIGINT});
        }
    }

    /** What the rules know of each member with a facts row among these (locked members). */
    public Map<Long, TagSubject> subjects(Collection<Long> members) {
        final Map<Long, Date[]> joined = new TreeMap<Long, Date[]>();
        final Map<Long, TaggedOrder> orders = new HashMap<Long, TaggedOrder>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(members))) {
            MapSqlParameterSource params = new MapSqlParameterSource("ids", chunk);
            named.query("SELECT CUSTOMER_ID, REGISTERED_AT, FIRST_BOUND_AT FROM GC_MEMBER_TAG_FACTS"
                    + " WHERE CUSTOMER_ID IN (:ids)" + lockClause(), params, new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            joined.put(rs.getLong(1), new Date[] {date(rs.getTimestamp(2)), date(rs.getTimestamp(3))});
                        }
                    });
            named.query(ORDER_COLUMNS + " WHERE CUSTOMER_ID IN (:ids)" + lockClause(), params, orderRows(orders));
        }
        Map<Long, List<TagOrder>> byMember = new HashMap<Long, List<TagOrder>>();
        for (TaggedOrder order : orders.values()) {
            List<TagOrder> list = byMember.get(order.getCustomerId());
            if (list == null) {
                list = new ArrayList<TagOrder>();
                byMember.put(order.getCustomerId(), list);
            }
            list.add(new TagOrder(order.getChannelCode(), order.getPaidAt(), order.getPaid(), order.getRefunded(),
                    order.isMemberDay()));
        }
        Map<Long, TagSubject> subjects = new TreeMap<Long, TagSubject>();
        for (Map.Entry<Long, Date[]> entry : joined.entrySet()) {
            List<TagOrder> list = byMember.get(entry.getKey());
            subjects.put(entry.getKey(), new TagSubject(entry.getValue()[0], entry.getValue()[1],
                    list == null ? new ArrayList<TagOrder>() : list));
        }
        return subjects;
    }

    /** The tags the members hold, by member then code. */
    public Map<Long, Map<TagCode, HeldTag>> heldTags(Collection<Long> members, boolean locking) {
        final Map<Long, Map<TagCode, HeldTag>> held = new HashMap<Long, Map<TagCode, HeldTag>>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(members))) {
            named.query("SELECT CUSTOMER_ID, TAG_CODE, TAG_VALUE, SINCE FROM GC_MEMBER_TAG WHERE CUSTOMER_ID IN (:ids)"
                    + (locking ? lockClause() : ""), new MapSqlParameterSource("ids", chunk),
                    new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            TagCode code = TagCode.parse(rs.getString(2));
                            if (code == null) {
                                return;
                            }
                            Long member = rs.getLong(1);
                            Map<TagCode, HeldTag> tags = held.get(member);
                            if (tags == null) {
                                tags = new TreeMap<TagCode, HeldTag>();
                                held.put(member, tags);
                            }
                            tags.put(code, new HeldTag(member, new MemberTag(code, rs.getString(3)),
                                    date(rs.getTimestamp(4))));
                        }
                    });
        }
        return held;
    }

    /** Applies tag changes to GC_MEMBER_TAG and records each in the history (locked members). */
    public void applyChanges(List<TagChange> changes, TagChange.Cause cause, Date now) {
        List<Object[]> deletes = new ArrayList<Object[]>();
        List<Object[]> inserts = new ArrayList<Object[]>();
        List<Object[]> history = new ArrayList<Object[]>();
        Timestamp at = Sql.timestamp(now);
        for (TagChange change : changes) {
            if (change.getType() != TagChange.Type.ADDED) {
                deletes.add(new Object[] {change.getCustomerId(), change.getCode().name()});
            }
            if (change.getType() != TagChange.Type.REMOVED) {
                inserts.add(new Object[] {change.getCustomerId(), change.getCode().name(), change.getNewValue(), at});
            }
            history.add(new Object[] {ids.next(HISTORY_SEQUENCE), change.getCustomerId(), change.getCode().name(),
                    change.getOldValue(), change.getNewValue(), change.getType().name(), cause.name(), at});
        }
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM GC_MEMBER_TAG WHERE CUSTOMER_ID = ? AND TAG_CODE = ?", deletes,
                    new int[] {Types.BIGINT, Types.VARCHAR});
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO GC_MEMBER_TAG (CUSTOMER_ID, TAG_CODE, TAG_VALUE, SINCE) VALUES (?, ?, ?, ?)",
                    inserts, new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP});
        }
        if (!history.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO GC_MEMBER_TAG_HISTORY (HISTORY_ID, CUSTOMER_ID, TAG_CODE, OLD_VALUE,"
                    + " NEW_VALUE, CHANGE_TYPE, CAUSE, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", history,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                            Types.VARCHAR, Types.TIMESTAMP});
        }
    }

    /** Records one export of members by an admin. */
    public void recordExport(String adminLogin, String filter, int members, Date now) {
        String shown = filter == null || filter.length() <= 500 ? filter : filter.substring(0, 500);
        jdbc.update("INSERT INTO GC_MEMBER_TAG_EXPORT (EXPORT_ID, ADMIN_LOGIN, FILTER, MEMBERS, EXPORTED_AT)"
                + " VALUES (?, ?, ?, ?, ?)", ids.next(EXPORT_SEQUENCE), adminLogin, shown, members,
                Sql.timestamp(now));
    }

    /** Members with a facts row after {@code afterId}, ascending, at most {@code limit}. */
    public List<Long> membersAfter(long afterId, int limit) {
        return jdbc.queryForList(limitClause("SELECT CUSTOMER_ID FROM GC_MEMBER_TAG_FACTS WHERE CUSTOMER_ID > ?"
                + " ORDER BY CUSTOMER_ID", limit), Long.class, afterId);
    }

    static String limitClause(String sql, int limit) {
        return sql + " LIMIT " + limit;
    }

    private static final String ORDER_COLUMNS = "SELECT ORDER_ID, CUSTOMER_ID, CHANNEL_CODE, PAID_AT, PAID_AMOUNT,"
            + " REFUNDED_AMOUNT, MEMBER_DAY FROM GC_MEMBER_TAG_ORDER";

    private static RowCallbackHandler orderRows(final Map<Long, TaggedOrder> orders) {
        return new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                orders.put(rs.getLong(1), new TaggedOrder(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        date(rs.getTimestamp(4)), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7)));
            }
        };
    }

    private String lockClause() {
        return isMysql() ? " FOR UPDATE" : "";
    }

    private boolean isMysql() {
        Boolean known = mysql;
        if (known == null) {
            known = Databases.isMysql(jdbc);
            mysql = known;
        }
        return known;
    }


    static Date date(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }

    private static Collection<Long> union(Collection<Long> one, Collection<Long> other) {
        List<Long> all = new ArrayList<Long>(one);
        all.addAll(other);
        return all;
    }


    /** A member's counted orders added up for the facts row. */
    private static final class FactsSums {

        private Date firstPaidAt;
        private Date lastPaidAt;
        private int orders;
        private BigDecimal paid = BigDecimal.ZERO;
        private BigDecimal refunded = BigDecimal.ZERO;
        private final TreeSet<String> channelCodes = new TreeSet<String>();
        private int memberDayOrders;

        FactsSums(List<TagOrder> counted) {
            for (TagOrder order : counted) {
                orders++;
                paid = paid.add(order.getPaid());
                refunded = refunded.add(order.getRefunded());
                channelCodes.add(order.getChannelCode());
                memberDayOrders += order.isMemberDay() ? 1 : 0;
                if (firstPaidAt == null || order.getPaidAt().before(firstPaidAt)) {
                    firstPaidAt = order.getPaidAt();
                }
                if (lastPaidAt == null || order.getPaidAt().after(lastPaidAt)) {
                    lastPaidAt = order.getPaidAt();
                }
            }
        }

        String channels() {
            if (channelCodes.isEmpty()) {
                return null;
            }
            StringBuilder joined = new StringBuilder();
            for (String code : channelCodes) {
                joined.append(joined.length() == 0 ? "" : ",").append(code);
            }
            return joined.length() > 255 ? joined.substring(0, 255) : joined.toString();
        }
    }
}
