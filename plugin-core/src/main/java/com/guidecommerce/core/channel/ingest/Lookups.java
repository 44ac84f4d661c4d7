package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.event.ChannelKeys;
import com.guidecommerce.core.commission.rule.PlanRates;
import com.guidecommerce.core.commission.rule.RateRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference data one batch needs — members by their channel identities, binding histories, guides with their
 * franchisees, the commission plans — fetched in bulk before the batch is processed and kept for the batch only, so a
 * batch of hundreds of events costs a handful of queries rather than several per event.
 */
final class Lookups {

    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final Set<Long> customers = new HashSet<Long>();
    private final Set<String> checkedCustomers = new HashSet<String>();
    private final Map<String, Long> byPhone = new HashMap<String, Long>();
    private final Map<String, Long> byBuyer = new HashMap<String, Long>();
    private final Map<Long, List<BindingAt>> histories = new HashMap<Long, List<BindingAt>>();
    private final Map<Long, GuideInfo> guides = new HashMap<Long, GuideInfo>();
    private final Map<String, GuideInfo> guidesByCode = new HashMap<String, GuideInfo>();
    private List<PlanRates> plans;

    Lookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A member's binding as it stood at some time: the guide and the history record that set it. */
    static final class BindingAt {

        final Date at;
        final Long guideId;
        final Long recordId;
        final boolean released;

        BindingAt(Date at, Long guideId, Long recordId, boolean released) {
            this.at = at;
            this.guideId = guideId;
            this.recordId = recordId;
            this.released = released;
        }
    }

    void prefetchIdentities(String channelCode, Collection<String> memberNos, Collection<String> phoneHashes,
                            Collection<String> buyerIds) {
        List<Long> ids = new ArrayList<Long>();
        for (String memberNo : memberNos) {
            Long id = parseMemberNo(memberNo);
            if (id != null && checkedCustomers.add(memberNo)) {
                ids.add(id);
            }
        }
        for (List<Long> chunk : chunks(ids)) {
            customers.addAll(named.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (:ids)",
                    new MapSqlParameterSource("ids", chunk), Long.class));
        }
        for (List<String> chunk : chunks(new ArrayList<String>(phoneHashes))) {
            readIdentities("PHONE", "*", chunk, byPhone);
        }
        for (List<String> chunk : chunks(new ArrayList<String>(buyerIds))) {
            readIdentities("BUYER_ID", channelCode, chunk, byBuyer);
        }
    }

    private void readIdentities(final String type, String channelCode, List<String> values,
                                final Map<String, Long> into) {
        MapSqlParameterSource params = new MapSqlParameterSource("type", type).addValue("channel", channelCode)
                .addValue("values", values);
        named.query("SELECT IDENTITY_VALUE, CUSTOMER_ID FROM GC_MEMBER_IDENTITY WHERE IDENTITY_TYPE = :type"
                + " AND CHANNEL_CODE = :channel AND IDENTITY_VALUE IN (:values)", params, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        // Buyer ids stored before they were kept canonical match here only case-insensitively.
                        String value = rs.getString(1);
                        into.put("BUYER_ID".equals(type) ? ChannelKeys.canonical(value) : value, rs.getLong(2));
                    }
                });
    }

    Long customerByMemberNo(String memberNo) {
        Long id = parseMemberNo(memberNo);
        if (id == null) {
            return null;
        }
        if (checkedCustomers.add(memberNo)) {
            customers.addAll(jdbc.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                    Long.class, id));
        }
        return customers.contains(id) ? id : null;
    }

    Long customerByPhoneHash(String hash) {
        return hash == null ? null : byPhone.get(hash);
    }

    Long customerByBuyerId(String buyerId) {
        return buyerId == null ? null : byBuyer.get(buyerId);
    }

    /** Remembers an identity learnt during this batch, so the batch's later orders match it too. */
    void learn(String phoneHash, String buyerId, Long customerId) {
        if (phoneHash != null && !byPhone.containsKey(phoneHash)) {
            byPhone.put(phoneHash, customerId);
        }
        if (buyerId != null && !byBuyer.containsKey(buyerId)) {
            byBuyer.put(buyerId, customerId);
        }
    }

    boolean knowsPhone(String hash) {
        return byPhone.containsKey(hash);
    }

    boolean knowsBuyer(String buyerId) {
        return byBuyer.containsKey(buyerId);
    }

    void prefetchBindings(Collection<Long> customerIds) {
        List<Long> missing = new ArrayList<Long>();
        for (Long id : customerIds) {
            if (!histories.containsKey(id)) {
                histories.put(id, new ArrayList<BindingAt>());
                missing.add(id);
            }
        }
        final Set<Long> guideIds = new HashSet<Long>();
        for (List<Long> chunk : chunks(missing)) {
            named.query("SELECT CUSTOMER_ID, GUIDE_ID, ACTION, OCCURRED_AT, BINDING_RECORD_ID FROM GC_BINDING_HISTORY"
                    + " WHERE CUSTOMER_ID IN (:ids) ORDER BY OCCURRED_AT, BINDING_RECORD_ID",
                    new MapSqlParameterSource("ids", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            Long guideId = toLong(rs.getObject(2));
                            histories.get(rs.getLong(1)).add(new BindingAt(rs.getTimestamp(4), guideId, rs.getLong(5),
                                    "RELEASED".equals(rs.getString(3))));
                            if (guideId != null) {
                                guideIds.add(guideId);
                            }
                        }
                    });
        }
        prefetchGuides(guideIds);
    }

    /** The member's binding in force at {@code at}, or {@code null} when they had no guide then. */
    BindingAt bindingAt(Long customerId, Date at) {
        if (!histories.containsKey(customerId)) {
            prefetchBindings(java.util.Collections.singleton(customerId));
        }
        BindingAt current = null;
        for (BindingAt record : histories.get(customerId)) {
            if (record.at.after(at)) {
                break;
            }
            current = record;
        }
        return current == null || current.released || current.guideId == null ? null : current;
    }

    void prefetchGuides(Collection<Long> ids) {
        List<Long> missing = new ArrayList<Long>();
        for (Long id : ids) {
            if (!guides.containsKey(id)) {
                missing.add(id);
            }
        }
        for (List<Long> chunk : chunks(missing)) {
            readGuides("g.GUIDE_ID IN (:keys)", chunk);
        }
    }

    void prefetchGuidesByCode(Collection<String> codes) {
        List<String> missing = new ArrayList<String>();
        for (String code : codes) {
            if (!guidesByCode.containsKey(code)) {
                missing.add(code);
            }
        }
        for (List<String> chunk : chunks(missing)) {
            readGuides("g.GUIDE_CODE IN (:keys)", chunk);
        }
        for (String code : missing) {
            if (!guidesByCode.containsKey(code)) {
                guidesByCode.put(code, null);
            }
        }
    }

    GuideInfo guide(Long id) {
        if (id != null && !guides.containsKey(id)) {
            readGuides("g.GUIDE_ID IN (:keys)", java.util.Collections.singletonList(id));
        }
        return id == null ? null : guides.get(id);
    }

    GuideInfo guideByCode(String code) {
        if (code != null && !guidesByCode.containsKey(code)) {
            readGuides("g.GUIDE_CODE IN (:keys)", java.util.Collections.singletonList(code));
            if (!guidesByCode.containsKey(code)) {
                guidesByCode.put(code, null);
            }
        }
        return code == null ? null : guidesByCode.get(code);
    }

    private void readGuides(String where, List<?> keys) {
        named.query("SELECT g.GUIDE_ID, g.GUIDE_CODE, g.NAME, g.TIER, g.STATUS, f.FRANCHISEE_ID, f.CODE, f.NAME"
                + " FROM GC_GUIDE g JOIN GC_STORE s ON s.STORE_ID = g.STORE_ID"
                + " LEFT JOIN GC_FRANCHISEE f ON f.FRANCHISEE_ID = s.FRANCHISEE_ID WHERE " + where,
                new MapSqlParameterSource("keys", keys), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        // HQ-direct stores have no franchisee.
                        Long franchisee = toLong(rs.getObject(6));
                        GuideInfo guide = new GuideInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), franchisee, rs.getString(7), rs.getString(8));
                        guides.put(guide.id, guide);
                        guidesByCode.put(guide.code, guide);
                    }
                });
    }

    /** The published plan in force at {@code at}: the latest one that took effect at or before it. */
    PlanRates planAt(Date at) {
        if (plans == null) {
            plans = readPlans();
        }
        PlanRates inForce = null;
        for (PlanRates plan : plans) {
            if (!plan.getEffectiveFrom().after(at)) {
                inForce = plan;
            }
        }
        return inForce;
    }

    private List<PlanRates> readPlans() {
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
                                blankToNull(rs.getString(4)), toLong(rs.getObject(5)), toLong(rs.getObject(6)),
                                blankToNull(rs.getString(7)), rs.getBigDecimal(8), rs.getBoolean(9)));
                    }
                });
        final List<PlanRates> result = new ArrayList<PlanRates>();
        jdbc.query("SELECT PLAN_ID, VERSION_NO, EFFECTIVE_FROM, CAP_PERCENT FROM GC_COMMISSION_PLAN"
                + " WHERE STATUS <> 'DRAFT' AND EFFECTIVE_FROM IS NOT NULL ORDER BY EFFECTIVE_FROM, VERSION_NO",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        Long planId = rs.getLong(1);
                        List<RateRule> planRules = rules.get(planId);
                        result.add(new PlanRates(planId, rs.getInt(2), new Date(rs.getTimestamp(3).getTime()),
                                rs.getBigDecimal(4), planRules == null ? new ArrayList<RateRule>() : planRules));
                    }
                });
        return result;
    }

    static Long parseMemberNo(String memberNo) {
        if (memberNo == null || !memberNo.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(memberNo);
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<List<T>>();
        for (int i = 0; i < values.size(); i += IN_CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + IN_CHUNK)));
        }
        return chunks;
    }
}
