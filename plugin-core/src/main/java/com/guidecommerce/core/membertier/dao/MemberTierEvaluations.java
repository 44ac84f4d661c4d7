package com.guidecommerce.core.membertier.dao;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

/**
 * The evaluated periods of the member ladder (GC_MEMBER_TIER_EVALUATION). {@link #open} inserts a period's row as
 * OPEN in a statement of its own, outside any transaction (a row another node inserted first is simply there);
 * {@link #claim}, inside the evaluating transaction, turns it DONE with a guarded update, and only the transaction
 * whose update changed the row applies the evaluation. Bean {@code gcMemberTierEvaluations}.
 */
public class MemberTierEvaluations {

    static final String OPEN = "OPEN";
    static final String DONE = "DONE";

    private final JdbcTemplate jdbc;

    public MemberTierEvaluations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the period's row exists; true when this call inserted it. */
    public boolean open(String periodKey, Date at) {
        try {
            jdbc.update("INSERT INTO GC_MEMBER_TIER_EVALUATION (PERIOD_KEY, STATUS, OPENED_AT) VALUES (?, ?, ?)",
                    periodKey, OPEN, new Timestamp(at.getTime()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean isDone(String periodKey) {
        List<String> status = jdbc.queryForList("SELECT STATUS FROM GC_MEMBER_TIER_EVALUATION WHERE PERIOD_KEY = ?",
                String.class, periodKey);
        return !status.isEmpty() && DONE.equals(status.get(0));
    }

    /** Turns the period's row from OPEN to DONE; false when another evaluation did it first. */
    public boolean claim(String periodKey, String actor, Date at) {
        return jdbc.update("UPDATE GC_MEMBER_TIER_EVALUATION SET STATUS = ?, EVALUATED_AT = ?, ACTOR = ?"
                + " WHERE PERIOD_KEY = ? AND STATUS = ?", DONE, new Timestamp(at.getTime()), actor, periodKey,
                OPEN) == 1;
    }

    public void record(String periodKey, int members, int changes) {
        jdbc.update("UPDATE GC_MEMBER_TIER_EVALUATION SET MEMBERS = ?, CHANGES = ? WHERE PERIOD_KEY = ?", members,
                changes, periodKey);
    }
}
