package com.guidecommerce.core.points;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.job.Job;
import com.guidecommerce.core.points.service.PointsService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Expires what is left of points past their expiry date (gc.points.expiry), once per earning: an EXPIRY entry is
 * written under the member's account lock only for a lot without one. Runs through the job runner, scheduled in the
 * admin context.
 */
public class PointsExpiryJob implements Job<Long> {

    public static final String NAME = "POINTS_EXPIRY";

    private static final Log LOG = LogFactory.getLog(PointsExpiryJob.class);

    private final PointsService pointsService;

    public PointsExpiryJob(PointsService pointsService) {
        this.pointsService = pointsService;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Returns how many points expired. */
    @Override
    public Long run() {
        long points = pointsService.expire();
        LOG.info("Points expiry: " + points + " points expired");
        return points;
    }

    @Override
    public String summarize(Long points) {
        return Note.of("job.pointsExpired", points).format();
    }
}
