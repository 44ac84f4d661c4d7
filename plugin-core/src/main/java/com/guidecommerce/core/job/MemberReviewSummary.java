package com.guidecommerce.core.job;

import com.guidecommerce.core.common.Note;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one member review did, step by step: bounties created for new bindings, pending bounties decided, fraud signals
 * raised or refreshed. A step that failed has no count (its error is in the log) and did not stop the others. The
 * admin shows it in the admin user's language; the run record keeps it as {@link #notes()}, which the admin shows in
 * its reader's language too.
 */
public final class MemberReviewSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Integer bountiesCreated;
    private final Integer bountiesDecided;
    private final Integer fraudSignals;

    public MemberReviewSummary(Integer bountiesCreated, Integer bountiesDecided, Integer fraudSignals) {
        this.bountiesCreated = bountiesCreated;
        this.bountiesDecided = bountiesDecided;
        this.fraudSignals = fraudSignals;
    }

    /** New-member bounties created, or null when the step failed. */
    public Integer getBountiesCreated() {
        return bountiesCreated;
    }

    /** Pending bounties that vested or lapsed, or null when the step failed. */
    public Integer getBountiesDecided() {
        return bountiesDecided;
    }

    /** Fraud signals raised or refreshed, or null when the step failed. */
    public Integer getFraudSignals() {
        return fraudSignals;
    }

    /** Whether every step ran. */
    public boolean isComplete() {
        return bountiesCreated != null && bountiesDecided != null && fraudSignals != null;
    }

    /** What the run record keeps: a {@link Note} per step, its count or that it failed. */
    public String notes() {
        return Note.join(Arrays.asList(step("job.bountiesCreated", bountiesCreated),
                step("job.bountiesDecided", bountiesDecided), step("job.fraudSignals", fraudSignals)));
    }

    private static Note step(String key, Integer count) {
        return count == null ? Note.of(key + "Failed") : Note.of(key, count);
    }

    /** The one line the log shows. */
    @Override
    public String toString() {
        return "bounties created: " + countOrFailed(bountiesCreated)
                + ", bounties decided: " + countOrFailed(bountiesDecided)
                + (fraudSignals == null ? ", fraud signals: failed" : ", fraud signals raised or refreshed: " + fraudSignals);
    }

    private static String countOrFailed(Integer count) {
        return count == null ? "failed" : String.valueOf(count);
    }
}
