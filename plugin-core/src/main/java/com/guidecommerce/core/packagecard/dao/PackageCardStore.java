package com.guidecommerce.core.packagecard.dao;

import com.guidecommerce.core.common.jdbc.Databases;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * The package-card feature's own rows, GC_PACKAGE_CARD_CLAIM and GC_PACKAGE_CARD_EVENT, with plain SQL, and the
 * campaigns as the order stream reads them. Rows whose key exists are never written twice: an insert of an existing
 * key does nothing and says so (MySQL: {@code INSERT IGNORE}; elsewhere {@code MERGE … WHEN NOT MATCHED}).
 */
public class PackageCardStore {

    private static final String CLAIM_COLUMNS = "CLAIM_KEY, CAMPAIGN_ID, CUSTOMER_ID, CHANNEL_CODE, ORDER_NO,"
            + " STORE_CODE, STATUS, CLAIMED_AT";
    private static final String EVENT_COLUMNS = "EVENT_KEY, CAMPAIGN_ID, STAGE, CUSTOMER_ID, CHANNEL_CODE,"
            + " CHANNEL_ORDER_ID, STORE_CODE, OCCURRED_AT";
    private static final int[] EVENT_TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT,
        Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP};
    private static final String CAMPAIGN_TERMS = "SELECT k.CAMPAIGN_ID, c.CODE, s.CODE, k.ACTIVE_FROM, k.ACTIVE_TO,"
            + " k.FIRST_ORDER_WINDOW_DAYS FROM GC_PACKAGE_CARD_CAMPAIGN k JOIN GC_CHANNEL c ON c.CHANNEL_ID ="
            + " k.CHANNEL_ID LEFT JOIN GC_STORE s ON s.STORE_ID = k.STORE_ID";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private volatile Boolean mysql;

    public PackageCardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Inserts the claim unless its key exists; whether it did. On MySQL waits for a claim of the key in flight. */
    public boolean insertClaim(ClaimRow claim) {
        Object[] row = {claim.getKey(), claim.getCampaignId(), claim.getCustomerId(), claim.getChannelCode(),
            claim.getOrderNo(), claim.getStoreCode(), claim.getStatus(), Sql.timestamp(claim.getClaimedAt())};
        int[] types = {Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP};
        return jdbc.update(insertIfAbsent("GC_PACKAGE_CARD_CLAIM", CLAIM_COLUMNS, "CLAIM_KEY",
                "VARCHAR(120), BIGINT, BIGINT, VARCHAR(32), VARCHAR(64), VARCHAR(32), VARCHAR(16), TIMESTAMP"),
                row, types) > 0;
    }

    public ClaimRow findClaim(String key) {
        List<ClaimRow> found = jdbc.query("SELECT " + CLAIM_COLUMNS + " FROM GC_PACKAGE_CARD_CLAIM WHERE CLAIM_KEY = ?",
                CLAIMS, key);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Marks a pending claim linked; whether it was pending (a second linker finds it done). */
    public boolean markLinked(String key, Date at) {
        return jdbc.update("UPDATE GC_PACKAGE_CARD_CLAIM SET STATUS = ?, LINKED_AT = ? WHERE CLAIM_KEY = ?"
                + " AND STATUS = ?", ClaimRow.LINKED, Sql.timestamp(at), key, ClaimRow.PENDING) > 0;
    }

    /** Withdraws a claim that turned out to be of someone else's order. */
    public void deleteClaim(String key, Long customerId) {
        jdbc.update("DELETE FROM GC_PACKAGE_CARD_CLAIM WHERE CLAIM_KEY = ? AND CUSTOMER_ID = ?", key, customerId);
    }

    /** Pending claims of these orders of the channel (canonical numbers). */
    public List<ClaimRow> findPendingClaims(String channelCode, Collection<String> orderNos) {
        List<ClaimRow> claims = new ArrayList<ClaimRow>();
        for (List<String> chunk : Sql.chunks(new ArrayList<String>(orderNos))) {
            claims.addAll(named.query("SELECT " + CLAIM_COLUMNS + " FROM GC_PACKAGE_CARD_CLAIM WHERE CHANNEL_CODE ="
                    + " :channel AND ORDER_NO IN (:orderNos) AND STATUS = :pending", new MapSqlParameterSource(
                    "channel", channelCode).addValue("orderNos", chunk).addValue("pending", ClaimRow.PENDING), CLAIMS));
        }
        return claims;
    }

    /** Pending claims whose order has arrived meanwhile: what a sweep links. */
    public List<ClaimRow> findPendingClaimsWithOrder() {
        return jdbc.query("SELECT " + prefixed("p.", CLAIM_COLUMNS) + " FROM GC_PACKAGE_CARD_CLAIM p JOIN"
                + " GC_CHANNEL_ORDER o ON o.CHANNEL_CODE = p.CHANNEL_CODE AND o.ORDER_NO = p.ORDER_NO"
                + " WHERE p.STATUS = ? ORDER BY p.CLAIMED_AT", CLAIMS, ClaimRow.PENDING);
    }

    /** Every claim of these members, oldest first. */
    public List<ClaimRow> findClaimsOf(Collection<Long> customerIds) {
        List<ClaimRow> claims = new ArrayList<ClaimRow>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(customerIds))) {
            claims.addAll(named.query("SELECT " + CLAIM_COLUMNS + " FROM GC_PACKAGE_CARD_CLAIM WHERE CUSTOMER_ID IN"
                    + " (:ids) ORDER BY CLAIMED_AT", new MapSqlParameterSource("ids", chunk), CLAIMS));
        }
        return claims;
    }

    /** Records the steps not recorded yet; how many were new. */
    public int recordEvents(List<FunnelEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<Object[]>(events.size());
        for (FunnelEvent event : events) {
            rows.add(event.row());
        }
        int recorded = 0;
        for (int count : jdbc.batchUpdate(insertIfAbsent("GC_PACKAGE_CARD_EVENT", EVENT_COLUMNS, "EVENT_KEY",
                "VARCHAR(160), BIGINT, VARCHAR(20), BIGINT, VARCHAR(32), BIGINT, VARCHAR(32), TIMESTAMP"), rows,
                EVENT_TYPES)) {
            recorded += Math.max(count, 0);
        }
        return recorded;
    }

    /** The campaigns of these channels. */
    public List<CampaignTerms> findCampaignsOf(Collection<String> channelCodes) {
        return named.query(CAMPAIGN_TERMS + " WHERE c.CODE IN (:codes)", new MapSqlParameterSource("codes",
                channelCodes), TERMS);
    }

    public List<CampaignTerms> findCampaigns(Collection<Long> campaignIds) {
        return named.query(CAMPAIGN_TERMS + " WHERE k.CAMPAIGN_ID IN (:ids)", new MapSqlParameterSource("ids",
                campaignIds), TERMS);
    }

    /** The campaign's steps in {@code [from, to)} counted by stage, channel and store. */
    public List<FunnelCount> countEvents(Long campaignId, Date from, Date to) {
        return jdbc.query("SELECT STAGE, CHANNEL_CODE, STORE_CODE, COUNT(*) FROM GC_PACKAGE_CARD_EVENT"
                + " WHERE CAMPAIGN_ID = ? AND OCCURRED_AT >= ? AND OCCURRED_AT < ?"
                + " GROUP BY STAGE, CHANNEL_CODE, STORE_CODE", new RowMapper<FunnelCount>() {
                    @Override
                    public FunnelCount mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new FunnelCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                    }
                }, campaignId, Sql.timestamp(from), Sql.timestamp(to));
    }

    private String insertIfAbsent(String table, String columns, String keyColumn, String sqlTypes) {
        String[] names = columns.split(", ");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        if (isMysql()) {
            return "INSERT IGNORE INTO " + table + " (" + columns + ") VALUES (" + marks + ")";
        }
        String[] types = sqlTypes.split(", ");
        StringBuilder casts = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            casts.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(types[i]).append(")");
        }
        return "MERGE INTO " + table + " t USING (VALUES (" + casts + ")) AS s (" + columns + ") ON t." + keyColumn
                + " = s." + keyColumn + " WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES ("
                + prefixed("s.", columns) + ")";
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    private boolean isMysql() {
        Boolean known = mysql;
        if (known == null) {
            known = Databases.isMysql(jdbc);
            mysql = known;
        }
        return known;
    }

    private static final RowMapper<ClaimRow> CLAIMS = new RowMapper<ClaimRow>() {
        @Override
        public ClaimRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new ClaimRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getTimestamp(8));
        }
    };

    private static final RowMapper<CampaignTerms> TERMS = new RowMapper<CampaignTerms>() {
        @Override
        public CampaignTerms mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new CampaignTerms(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
                    rs.getTimestamp(5), rs.getInt(6));
        }
    };
}
