package com.guidecommerce.core.memberday.dao;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;

/**
 * A member's discounted orders per campaign and member day (GC_MEMBER_DAY_USE), in plain SQL. Taking a use inserts
 * the row of the next free use number; the table's unique key makes two checkouts at once take different numbers
 * or, when the last one is gone, makes the later one fail. Bean {@code gcMemberDayUses}.
 */
public class MemberDayUses {

    private final JdbcTemplate jdbc;

    public MemberDayUses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many uses the member has taken of the campaign on that member day. */
    public int count(long campaignId, long customerId, LocalDate memberDay) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_USE WHERE CAMPAIGN_ID = ?"
                + " AND CUSTOMER_ID = ? AND MEMBER_DAY = ?", Integer.class, campaignId, customerId,
                memberDay.toString());
        return count == null ? 0 : count;
    }

    /**
     * Takes one of the {@code limit} uses of the member day for the order, unless the order holds one already.
     *
     * @return whether the order holds a use now
     */
    public boolean take(long campaignId, long customerId, LocalDate memberDay, int limit, long orderId, long offerId,
                        Date at) {
        if (holds(campaignId, orderId)) {
            return true;
        }
        for (int number = count(campaignId, customerId, memberDay) + 1; number <= limit; number++) {
            try {
                jdbc.update("INSERT INTO GC_MEMBER_DAY_USE (USE_KEY, CAMPAIGN_ID, CUSTOMER_ID, MEMBER_DAY, USE_NO,"
                        + " ORDER_ID, OFFER_ID, USED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        campaignId + ":" + customerId + ":" + memberDay + ":" + number, campaignId, customerId,
                        memberDay.toString(), number, orderId, offerId, new Timestamp(at.getTime()));
                return true;
            } catch (DuplicateKeyException e) {
                // Another checkout took this number first; try the next one.
            }
        }
        return false;
    }

    /** Gives back the uses an order took (its checkout failed after taking them). */
    public int release(long orderId) {
        return jdbc.update("DELETE FROM GC_MEMBER_DAY_USE WHERE ORDER_ID = ?", orderId);
    }

    /** Whether the order holds a use of the campaign. */
    public boolean holds(long campaignId, long orderId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_USE WHERE CAMPAIGN_ID = ?"
                + " AND ORDER_ID = ?", Integer.class, campaignId, orderId);
        return count != null && count > 0;
    }
}
