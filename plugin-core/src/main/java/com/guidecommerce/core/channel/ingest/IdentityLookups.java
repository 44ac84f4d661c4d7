package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.IdentityType;
import com.guidecommerce.core.channel.domain.MatchStatus;
import com.guidecommerce.core.channel.event.ChannelKeys;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members one batch's orders name — by member number (a Broadleaf customer id), salted phone hash or platform
 * buyer id — fetched in bulk before the batch is processed and kept for the batch only, so a batch of hundreds of
 * events costs a handful of queries rather than several per event.
 */
final class IdentityLookups {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final Set<Long> customers = new HashSet<Long>();
    private final Set<String> checkedCustomers = new HashSet<String>();
    private final Map<String, Long> byPhone = new HashMap<String, Long>();
    private final Map<String, Long> byBuyer = new HashMap<String, Long>();

    IdentityLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
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
        for (List<Long> chunk : Sql.chunks(ids)) {
            customers.addAll(named.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (:ids)",
                    new MapSqlParameterSource("ids", chunk), Long.class));
        }
        for (List<String> chunk : Sql.chunks(new ArrayList<String>(phoneHashes))) {
            readIdentities("PHONE", "*", chunk, byPhone);
        }
        for (List<String> chunk : Sql.chunks(new ArrayList<String>(buyerIds))) {
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

    static Long parseMemberNo(String memberNo) {
        if (memberNo == null || !memberNo.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(memberNo);
    }

    /** Finds the member of a new order; leaves it UNMATCHED when none of its identities is known. */
    void identify(OrderState order) {
        Long customer = customerByMemberNo(order.memberNo);
        IdentityType by = IdentityType.MEMBER_NO;
        if (customer == null) {
            customer = customerByBuyerId(order.buyerId);
            by = IdentityType.BUYER_ID;
        }
        if (customer == null) {
            customer = customerByPhoneHash(order.phoneHash);
            by = IdentityType.PHONE;
        }
        if (customer == null) {
            order.matchStatus = MatchStatus.UNMATCHED.name();
            return;
        }
        matched(order, customer, by.name());
    }

    /** The order's buyer is this member, found by {@code by}. */
    static void matched(OrderState order, Long customerId, String by) {
        order.customerId = customerId;
        order.matchStatus = MatchStatus.MATCHED.name();
        order.matchedBy = by;
        order.dirty = true;
    }
}
