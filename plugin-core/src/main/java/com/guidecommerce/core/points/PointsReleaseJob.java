package com.guidecommerce.core.points;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.job.Job;
import com.guidecommerce.core.points.service.PointsService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Makes pending points available once their order's return window has closed. Idempotent (guarded updates), so it
 * may run again and on several nodes. Runs through the job runner, scheduled in the admin context.
 */
public class PointsReleaseJob implements Job<Integer> {

    public static final String NAME = "POINTS_RELEASE";

    private static final Log LOG = LogFactory.getLog(PointsReleaseJob.class);

    private final PointsService pointsService;

    public PointsReleaseJob(PointsService pointsService) {
        this.pointsService = pointsService;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Returns how many members' points became available. */
    @Override
    public Integer run() {
        int members = pointsService.release();
        LOG.info("Points release: pending points of " + members + " members became available");
        return members;
    }

    @Override
    public String summarize(Integer members) {
        return Note.of("job.pointsReleased", members).format();
    }
}
