package com.guidecommerce.core.contest;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.contest.service.ContestService;
import com.guidecommerce.core.job.Job;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.annotation.Resource;

/**
 * Closes every contest whose return window has passed, once: results, ranks and rewards. Safe to run again and on
 * several nodes (a contest is claimed by a guarded update). Runs through the job runner, scheduled in the admin
 * context.
 */
public class ContestCloseJob implements Job<Integer> {

    public static final String NAME = "CONTEST_CLOSE";

    private static final Log LOG = LogFactory.getLog(ContestCloseJob.class);

    @Resource(name = "gcContestService")
    protected ContestService contestService;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Integer run() {
        int closed = contestService.closeDue("job");
        LOG.info("Contest close: " + closed + " contests closed");
        return closed;
    }

    @Override
    public String summarize(Integer closed) {
        return Note.of("job.contestsClosed", closed).format();
    }
}
