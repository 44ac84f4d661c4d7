package com.guidecommerce.core.membertag.dao;

import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.service.MemberScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists and counts of members by tag, read-only. A store or guide scope reads the valid bindings
 * (GC_MEMBER_BINDING, GC_GUIDE: owned by the binding and organisation features, only read here) so that the lists
 * follow a transfer at once. Bean {@code gcMemberTagQueries}.
 */
public class MemberTagQueries {

    private final NamedParameterJdbcTemplate named;

    public MemberTagQueries(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Members in the scope holding every automatic tag given (a tag without value: any value) and, in a guide scope,
     * every own tag of that guide given; ascending member id.
     */
    public List<Long> members(Collection<MemberTag> tags, Collection<String> ownTags, MemberScope scope, Date now,
                              int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "SELECT m.CUSTOMER_ID" + from(tags, ownTags, scope, now, params) + " ORDER BY m.CUSTOMER_ID"
                + " LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset);
        return named.queryForList(sql, params, Long.class);
    }

    public long count(Collection<MemberTag> tags, Collection<String> ownTags, MemberScope scope, Date now) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = named.queryForObject("SELECT COUNT(*)" + from(tags, ownTags, scope, now, params), params,
                Long.class);
        return count == null ? 0 : count;
    }

    /** How many members in the scope hold each automatic tag value, by "CODE" or "CODE=VALUE". */
    public Map<String, Long> countsByTag(MemberScope scope, Date now) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "SELECT t.TAG_CODE, t.TAG_VALUE, COUNT(*) FROM GC_MEMBER_TAG t WHERE 1 = 1"
                + scopeCondition("t", scope, now, params) + " GROUP BY t.TAG_CODE, t.TAG_VALUE"
                + " ORDER BY t.TAG_CODE, t.TAG_VALUE";
        final Map<String, Long> counts = new LinkedHashMap<String, Long>();
        named.query(sql, params, new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                String value = rs.getString(2);
                counts.put(value == null ? rs.getString(1) : rs.getString(1) + "=" + value, rs.getLong(3));
            }
        });
        return counts;
    }

    private static String from(Collection<MemberTag> tags, Collection<String> ownTags, MemberScope scope, Date now,
                               MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(" FROM GC_MEMBER_TAG_FACTS m WHERE 1 = 1");
        if (!scope.isAll()) {
            sql = new StringBuilder(" FROM GC_MEMBER_BINDING m WHERE (m.VALID_UNTIL IS NULL OR m.VALID_UNTIL > :now)");
            params.addValue("now", new Timestamp(now.getTime()));
            if (scope.getGuideId() != null) {
                sql.append(" AND m.GUIDE_ID = :guideId");
                params.addValue("guideId", scope.getGuideId());
            } else {
                sql.append(" AND m.GUIDE_ID IN (SELECT g.GUIDE_ID FROM GC_GUIDE g WHERE g.STORE_ID = :storeId)");
                params.addValue("storeId", scope.getStoreId());
            }
        }
        int n = 0;
        for (MemberTag tag : tags) {
            sql.append(" AND EXISTS (SELECT 1 FROM GC_MEMBER_TAG t").append(n)
                    .append(" WHERE t").append(n).append(".CUSTOMER_ID = m.CUSTOMER_ID AND t").append(n)
                    .append(".TAG_CODE = :code").append(n);
            params.addValue("code" + n, tag.getCode().name());
            if (tag.getValue() != null) {
                sql.append(" AND t").append(n).append(".TAG_VALUE = :value").append(n);
                params.addValue("value" + n, tag.getValue());
            }
            sql.append(")");
            n++;
        }
        if (!ownTags.isEmpty() && scope.getGuideId() == null) {
            throw new IllegalArgumentException("Own tags filter only a guide's members");
        }
        for (String own : ownTags) {
            sql.append(" AND EXISTS (SELECT 1 FROM GC_GUIDE_MEMBER_TAG o").append(n).append(" WHERE o").append(n)
                    .append(".GUIDE_ID = m.GUIDE_ID AND o").append(n).append(".CUSTOMER_ID = m.CUSTOMER_ID AND o")
                    .append(n).append(".TAG = :own").append(n).append(")");
            params.addValue("own" + n, own);
            n++;
        }
        return sql.toString();
    }

    private static String scopeCondition(String alias, MemberScope scope, Date now, MapSqlParameterSource params) {
        if (scope.isAll()) {
            return "";
        }
        params.addValue("now", new Timestamp(now.getTime()));
        String guide;
        if (scope.getGuideId() != null) {
            guide = "b.GUIDE_ID = :guideId";
            params.addValue("guideId", scope.getGuideId());
        } else {
            guide = "b.GUIDE_ID IN (SELECT g.GUIDE_ID FROM GC_GUIDE g WHERE g.STORE_ID = :storeId)";
            params.addValue("storeId", scope.getStoreId());
        }
        return " AND EXISTS (SELECT 1 FROM GC_MEMBER_BINDING b WHERE b.CUSTOMER_ID = " + alias + ".CUSTOMER_ID"
                + " AND (b.VALID_UNTIL IS NULL OR b.VALID_UNTIL > :now) AND " + guide + ")";
    }

    /** The member's tag history, newest first: "CHANGED_AT TYPE CODE old->new (CAUSE)" rows as records. */
    public List<TagHistoryRow> historyOf(Long customerId) {
        final List<TagHistoryRow> rows = new ArrayList<TagHistoryRow>();
        named.query("SELECT TAG_CODE, OLD_VALUE, NEW_VALUE, CHANGE_TYPE, CAUSE, CHANGED_AT FROM GC_MEMBER_TAG_HISTORY"
                + " WHERE CUSTOMER_ID = :id ORDER BY CHANGED_AT DESC, HISTORY_ID DESC",
                new MapSqlParameterSource("id", customerId), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        rows.add(new TagHistoryRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), MemberTagStore.date(rs.getTimestamp(6))));
                    }
                });
        return rows;
    }
}
