package com.guidecommerce.core.tier.dao;

import com.guidecommerce.core.tier.domain.TierSubject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

/**
 * Opens a ladder's evaluation of a period in GC_TIER_EVALUATION: inserts its row as OPEN, in a statement of its own
 * on the data source's own connection, outside any JPA transaction, where a row another node inserted first shows as
 * a duplicate key and is simply there. Which evaluation applies is decided afterwards by
 * {@link TierDao#claimEvaluation}. Bean {@code gcTierEvaluations}.
 */
public class TierEvaluations {

    static final String TABLE = "GC_TIER_EVALUATION";
    static final String OPEN = "OPEN";
    static final String DONE = "DONE";

    private final JdbcTemplate jdbc;

    public TierEvaluations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the period's row exists; true when this call inserted it. */
    public boolean open(TierSubject subject, String periodKey, Date at) {
        try {
            jdbc.update("INSERT INTO " + TABLE + " (EVALUATION_KEY, SUBJECT_KIND, PERIOD_KEY, STATUS, OPENED_AT)"
                    + " VALUES (?, ?, ?, ?, ?)", subject.getType() + ":" + periodKey, subject.getType(), periodKey,
                    OPEN, new Timestamp(at.getTime()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Whether the ladder's evaluation of the period has been applied. */
    public boolean isDone(TierSubject subject, String periodKey) {
        List<String> status = jdbc.queryForList("SELECT STATUS FROM " + TABLE + " WHERE SUBJECT_KIND = ?"
                + " AND PERIOD_KEY = ?", String.class, subject.getType(), periodKey);
        return !status.isEmpty() && DONE.equals(status.get(0));
    }
}
