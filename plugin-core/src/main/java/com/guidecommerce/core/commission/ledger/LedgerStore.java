package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryState;
import com.guidecommerce.core.commission.rule.PlanRates;
import com.guidecommerce.core.commission.rule.RateRule;
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
 * Reads and writes the commission ledger's tables (GC_COMMISSION_ENTRY, GC_ORDER_ATTRIBUTION) and reads the published
 * plans, with plain set-based JDBC in the caller's transaction. Hibernate maps the same tables read-only for the admin.
 */
final class LedgerStore {

    private static final String ENTRY_COLUMNS = "ENTRY_ID, KIND, ROLE, BENEFICIARY_TYPE, BENEFICIARY_ID,"
            + " BENEFICIARY_CODE, BENEFICIARY_NAME, CHANNEL_CODE, CHANNEL_ORDER_ID, ORDER_LINE_ID, BASE_AMOUNT,"
            + " RATE_PERCENT, AMOUNT, CURRENCY_CODE, STATE, FROZEN_UNTIL, ELIGIBLE_AT, STATEMENT_ID, REVERSES_ENTRY_ID,"
            + " EVENT_ID, CUSTOMER_ID, BINDING_RECORD_ID, PLAN_ID, PLAN_VERSION, RULE_ID, RULE_SCOPE, CREATED_AT,"
            + " STATE_CHANGED_AT";
    private static final int[] ENTRY_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.DECIMAL, Types.DECIMAL,
        Types.DECIMAL, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT, Types.BIGINT,
        Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.VARCHAR,
        Types.TIMESTAMP, Types.TIMESTAMP};
    private static final String ATTRIBUTION_COLUMNS = "CHANNEL_ORDER_ID, CHANNEL_CODE, CUSTOMER_ID, BOUND_GUIDE_ID,"
            + " BINDING_RECORD_ID, SHARER_GUIDE_ID, PARENT_GUIDE_ID, FRANCHISEE_ID, NOTE, ATTRIBUTED_AT,"
            + " SHARER_DISTRIBUTOR_ID";
    private static final int[] ATTRIBUTION_TYPES = {Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
        Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP, Types.BIGINT};

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RowInserts inserts;

    LedgerStore(JdbcTemplate jdbc, RowInserts inserts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.inserts = inserts;
    }

    /** The entries of these orders, oldest first, by order id. */
    Map<Long, List<LedgerRow>> entriesOf(Collection<Long> orderIds) {
        final Map<Long, List<LedgerRow>> entries = new HashMap<Long, List<LedgerRow>>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(orderIds))) {
            named.query("SELECT " + ENTRY_COLUMNS + " FROM GC_COMMISSION_ENTRY WHERE CHANNEL_ORDER_ID IN (:ids)"
                    + " ORDER BY ENTRY_ID", new MapSqlParameterSource("ids", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            LedgerRow entry = readEntry(rs);
                            if (!entries.containsKey(entry.orderId)) {
                                entries.put(entry.orderId, new ArrayList<LedgerRow>());
                            }
                            entries.get(entry.orderId).add(entry);
                        }
                    });
        }
        return entries;
    }

    /** The stored attributions of these orders, by order id (orders never attributed are left out). */
    Map<Long, AttributionRow> attributionsOf(Collection<Long> orderIds) {
        final Map<Long, AttributionRow> rows = new HashMap<Long, AttributionRow>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(orderIds))) {
            named.query("SELECT " + ATTRIBUTION_COLUMNS + " FROM GC_ORDER_ATTRIBUTION WHERE CHANNEL_ORDER_ID IN (:ids)",
                    new MapSqlParameterSource("ids", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            AttributionRow row = new AttributionRow();
                            row.orderId = rs.getLong(1);
                            row.channelCode = rs.getString(2);
                            row.customerId = Sql.toLong(rs.getObject(3));
                            row.boundGuideId = Sql.toLong(rs.getObject(4));
                            row.bindingRecordId = Sql.toLong(rs.getObject(5));
                            row.sharerGuideId = Sql.toLong(rs.getObject(6));
                            row.parentGuideId = Sql.toLong(rs.getObject(7));
                            row.franchiseeId = Sql.toLong(rs.getObject(8));
                            row.note = rs.getString(9);
                            row.attributedAt = rs.getTimestamp(10);
                            row.sharerDistributorId = Sql.toLong(rs.getObject(11));
                            rows.put(row.orderId, row);
                        }
                    });
        }
        return rows;
    }

    /** Inserts the new attributions and entries, in multi-row statements. */
    void insert(List<AttributionRow> attributions, List<LedgerRow> entries) {
        List<Object[]> rows = new ArrayList<Object[]>(attributions.size());
        for (AttributionRow a : attributions) {
            rows.add(new Object[] {a.orderId, a.channelCode, a.customerId, a.boundGuideId, a.bindingRecordId,
                a.sharerGuideId, a.parentGuideId, a.franchiseeId, a.note, Sql.timestamp(a.attributedAt),
                a.sharerDistributorId});
        }
        inserts.insert("GC_ORDER_ATTRIBUTION", ATTRIBUTION_COLUMNS, ATTRIBUTION_TYPES, rows);
        rows = new ArrayList<Object[]>(entries.size());
        for (LedgerRow e : entries) {
            rows.add(new Object[] {e.id, e.kind.name(), e.role, e.beneficiaryType, e.beneficiaryId, e.beneficiaryCode,
                e.beneficiaryName, e.channelCode, e.orderId, e.lineId, e.baseAmount, e.ratePercent, e.amount,
                e.currency, e.state.name(), Sql.timestamp(e.frozenUntil), Sql.timestamp(e.eligibleAt), e.statementId, e.reversesEntryId,
                e.eventId, e.customerId, e.bindingRecordId, e.planId, e.planVersion, e.ruleId, e.ruleScope,
                Sql.timestamp(e.createdAt), Sql.timestamp(e.stateChangedAt)});
        }
        inserts.insert("GC_COMMISSION_ENTRY", ENTRY_COLUMNS, ENTRY_TYPES, rows);
    }

    /**
     * Freezes the still-pending stored entries of orders that completed, each until its order's return window ends:
     * a few statements per few hundred entries, not one per order.
     */
    void freezePending(Map<Long, Date> untilByOrder, Date now) {
        for (List<Long> orders : Sql.chunks(new ArrayList<Long>(untilByOrder.keySet()))) {
            // Found by a plain read, then changed by primary key: a range update over the state index would lock
            // gaps that concurrent batches of other channels need, and deadlock with them.
            final Map<Long, Long> orderOfEntry = new LinkedHashMap<Long, Long>();
            named.query("SELECT ENTRY_ID, CHANNEL_ORDER_ID FROM GC_COMMISSION_ENTRY WHERE STATE = 'PENDING'"
                    + " AND CHANNEL_ORDER_ID IN (:ids)", new MapSqlParameterSource("ids", orders),
                    new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            orderOfEntry.put(rs.getLong(1), rs.getLong(2));
                        }
                    });
            for (List<Long> entries : Sql.chunks(new ArrayList<Long>(orderOfEntry.keySet()))) {
                freeze(entries, orderOfEntry, untilByOrder, now);
            }
        }
    }

    private void freeze(List<Long> entries, Map<Long, Long> orderOfEntry, Map<Long, Date> untilByOrder, Date now) {
        StringBuilder cases = new StringBuilder("CASE CHANNEL_ORDER_ID");
        List<Object> caseArgs = new ArrayList<Object>();
        List<Integer> caseTypes = new ArrayList<Integer>();
        for (Long order : new java.util.LinkedHashSet<Long>(pick(entries, orderOfEntry))) {
            cases.append(" WHEN ? THEN CAST(? AS DATETIME)");
            caseArgs.add(order);
            caseArgs.add(Sql.timestamp(untilByOrder.get(order)));
            caseTypes.add(Types.BIGINT);
            caseTypes.add(Types.TIMESTAMP);
        }
        cases.append(" END");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            ids.append(i == 0 ? "?" : ", ?");
        }
        List<Object> args = new ArrayList<Object>();
        List<Integer> types = new ArrayList<Integer>();
        args.add(Sql.timestamp(now));
        types.add(Types.TIMESTAMP);
        for (int twice = 0; twice < 2; twice++) {
            args.addAll(caseArgs);
            types.addAll(caseTypes);
        }
        args.addAll(entries);
        for (int i = 0; i < entries.size(); i++) {
            types.add(Types.BIGINT);
        }
        int[] sqlTypes = new int[types.size()];
        for (int i = 0; i < sqlTypes.length; i++) {
            sqlTypes[i] = types.get(i);
        }
        // Typed, cast parameters: an embedded database will not guess the type of a CASE branch's placeholder.
        jdbc.update("UPDATE GC_COMMISSION_ENTRY SET STATE = 'FROZEN', STATE_CHANGED_AT = ?, FROZEN_UNTIL = " + cases
                + ", ELIGIBLE_AT = " + cases + " WHERE ENTRY_ID IN (" + ids + ") AND STATE = 'PENDING'",
                args.toArray(), sqlTypes);
    }

    private static List<Long> pick(List<Long> entries, Map<Long, Long> orderOfEntry) {
        List<Long> orders = new ArrayList<Long>(entries.size());
        for (Long entry : entries) {
            orders.add(orderOfEntry.get(entry));
        }
        return orders;
    }

    /** The published plans (not drafts) with their rules, by when they took effect, oldest first. */
    List<PlanRates> publishedPlans() {
        final Map<Long, List<RateRule>> rules = new LinkedHashMap<Long, List<RateRule>>();
        jdbc.query("SELECT r.RULE_ID, r.PLAN_ID, r.ROLE, r.CHANNEL_CODE, r.CATEGORY_ID, r.PRODUCT_ID, r.GUIDE_TIER,"
                + " r.RATE_PERCENT, r.EXCLUDED FROM GC_COMMISSION_RULE r JOIN GC_COMMISSION_PLAN p"
                + " ON p.PLAN_ID = r.PLAN_ID WHERE p.STATUS <> 'DRAFT'", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        Long planId = rs.getLong(2);
                        if (!rules.containsKey(planId)) {
                            rules.put(planId, new ArrayList<RateRule>());
                        }
                        rules.get(planId).add(new RateRule(rs.getLong(1), blankToNull(rs.getString(3)),
                                blankToNull(rs.getString(4)), Sql.toLong(rs.getObject(5)), Sql.toLong(rs.getObject(6)),
                                blankToNull(rs.getString(7)), rs.getBigDecimal(8), rs.getBoolean(9)));
                    }
                });
        final List<PlanRates> plans = new ArrayList<PlanRates>();
        jdbc.query("SELECT PLAN_ID, VERSION_NO, EFFECTIVE_FROM, CAP_PERCENT FROM GC_COMMISSION_PLAN"
                + " WHERE STATUS <> 'DRAFT' AND EFFECTIVE_FROM IS NOT NULL ORDER BY EFFECTIVE_FROM, VERSION_NO",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        Long planId = rs.getLong(1);
                        List<RateRule> planRules = rules.get(planId);
                        plans.add(new PlanRates(planId, rs.getInt(2), new Date(rs.getTimestamp(3).getTime()),
                                rs.getBigDecimal(4), planRules == null ? new ArrayList<RateRule>() : planRules));
                    }
                });
        return plans;
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
        e.statementId = Sql.toLong(rs.getObject(18));
        e.reversesEntryId = Sql.toLong(rs.getObject(19));
        e.eventId = Sql.toLong(rs.getObject(20));
        e.customerId = Sql.toLong(rs.getObject(21));
        e.bindingRecordId = Sql.toLong(rs.getObject(22));
        e.planId = Sql.toLong(rs.getObject(23));
        int version = rs.getInt(24);
        e.planVersion = rs.wasNull() ? null : version;
        e.ruleId = Sql.toLong(rs.getObject(25));
        e.ruleScope = rs.getString(26);
        e.createdAt = rs.getTimestamp(27);
        e.stateChangedAt = rs.getTimestamp(28);
        return e;
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }
}
