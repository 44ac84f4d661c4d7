package com.guidecommerce.core.memberday.dao;

import com.guidecommerce.core.memberday.rule.MemberDayOfferRules;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Reads a member's current tier code from Broadleaf's customer attribute {@code gcMemberTier}, straight from the
 * table (read-only), so a check sees the tier as committed rather than as a cached customer holds it.
 * Bean {@code gcMemberTiers}.
 */
public class MemberTiers {

    private final JdbcTemplate jdbc;

    public MemberTiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's tier code, or {@code null} when the member has none. */
    public String tierOf(Long customerId) {
        if (customerId == null) {
            return null;
        }
        List<String> found = jdbc.queryForList("SELECT VALUE FROM BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = ?"
                + " AND NAME = ?", String.class, customerId, MemberDayOfferRules.TIER_ATTRIBUTE);
        return found.isEmpty() ? null : found.get(0);
    }
}
