package com.guidecommerce.core.memberday.dao;

import com.guidecommerce.core.memberday.service.CouponClaim;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Members' claimed member-day coupons (GC_MEMBER_DAY_COUPON), in plain SQL. A claim inserts its row before the
 * Broadleaf code is made, so the table's unique key (campaign, member, day) decides between two claims at once.
 * Bean {@code gcMemberDayCoupons}.
 */
public class MemberDayCoupons {

    private static final String COLUMNS = "CAMPAIGN_ID, CUSTOMER_ID, MEMBER_DAY, TIER_CODE, OFFER_ID, OFFER_CODE_ID,"
            + " OFFER_CODE, VALID_UNTIL, CLAIMED_AT";

    private static final RowMapper<CouponClaim> CLAIM = (rs, row) -> new CouponClaim(rs.getLong("CAMPAIGN_ID"),
            rs.getLong("CUSTOMER_ID"), LocalDate.parse(rs.getString("MEMBER_DAY")), rs.getString("TIER_CODE"),
            rs.getLong("OFFER_ID"), rs.getLong("OFFER_CODE_ID"), rs.getString("OFFER_CODE"),
            new Date(rs.getTimestamp("VALID_UNTIL").getTime()), new Date(rs.getTimestamp("CLAIMED_AT").getTime()));

    private final JdbcTemplate jdbc;

    public MemberDayCoupons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the claim's row without its code yet; fails on the unique key (Spring's DuplicateKeyException, or
     * Hibernate's ConstraintViolationException inside a JPA transaction) when the member has claimed the campaign's
     * coupon of that day already, or another claim inserting it now commits.
     */
    public void insert(long campaignId, long customerId, LocalDate memberDay, String tierCode, long offerId,
                       Date validUntil, Date claimedAt) {
        jdbc.update("INSERT INTO GC_MEMBER_DAY_COUPON (COUPON_KEY, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL,"
                + " NULL, ?, ?)", campaignId + ":" + customerId + ":" + memberDay, campaignId, customerId,
                memberDay.toString(), tierCode, offerId, new Timestamp(validUntil.getTime()),
                new Timestamp(claimedAt.getTime()));
    }

    /** Records the Broadleaf code made for the claim. */
    public void attachCode(long campaignId, long customerId, LocalDate memberDay, long offerCodeId, String code) {
        jdbc.update("UPDATE GC_MEMBER_DAY_COUPON SET OFFER_CODE_ID = ?, OFFER_CODE = ? WHERE COUPON_KEY = ?",
                offerCodeId, code, campaignId + ":" + customerId + ":" + memberDay);
    }

    /** The member's claim of the campaign's coupon on that member day, or {@code null}. */
    public CouponClaim find(long campaignId, long customerId, LocalDate memberDay) {
        List<CouponClaim> found = jdbc.query("SELECT " + COLUMNS + " FROM GC_MEMBER_DAY_COUPON WHERE COUPON_KEY = ?"
                + " AND OFFER_CODE_ID IS NOT NULL", CLAIM, campaignId + ":" + customerId + ":" + memberDay);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The Broadleaf offer code ids of the member's claimed coupons still valid at the moment. */
    public List<Long> openCodeIds(long customerId, Date at) {
        return jdbc.queryForList("SELECT OFFER_CODE_ID FROM GC_MEMBER_DAY_COUPON WHERE CUSTOMER_ID = ?"
                + " AND VALID_UNTIL >= ? AND OFFER_CODE_ID IS NOT NULL ORDER BY CLAIMED_AT", Long.class, customerId,
                new Timestamp(at.getTime()));
    }

    /** The members to whom these Broadleaf offer codes were issued as member-day coupons, by code id. */
    public Map<Long, Long> ownersOfCodes(Collection<Long> offerCodeIds) {
        Map<Long, Long> owners = new HashMap<Long, Long>();
        if (offerCodeIds.isEmpty()) {
            return owners;
        }
        List<Long> ids = new ArrayList<Long>(offerCodeIds);
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        jdbc.query("SELECT OFFER_CODE_ID, CUSTOMER_ID FROM GC_MEMBER_DAY_COUPON WHERE OFFER_CODE_ID IN (" + marks + ")",
                rs -> {
                    owners.put(rs.getLong(1), rs.getLong(2));
                }, ids.toArray());
        return owners;
    }
}
