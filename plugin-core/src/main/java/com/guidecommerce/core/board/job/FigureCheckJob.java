package com.guidecommerce.core.board.job;

import com.guidecommerce.core.board.service.FigureCheck;
import com.guidecommerce.core.board.service.FigureCheckResult;
import com.guidecommerce.core.job.Job;
import com.guidecommerce.core.job.JobRun;
import com.guidecommerce.core.job.JobRunner;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;

import java.util.Date;
import java.util.List;

/**
 * The nightly check of the performance boards' daily figures: recomputes the last days, sets drifted figures right
 * (recording each in GC_FIG_DRIFT against this run), and builds the monthly rollups of months that closed. Safe to run
 * again after a run that stopped half way: each step is its own transaction and converges. Runs through the
 * {@link JobRunner}, scheduled in the admin context only.
 */
public class FigureCheckJob implements Job<FigureCheckResult> {

    public static final String NAME = "BOARD_FIGURE_CHECK";

    private static final Log LOG = LogFactory.getLog(FigureCheckJob.class);

    private final FigureCheck check;
    private final JobRunner runner;

    public FigureCheckJob(FigureCheck check, JobRunner runner) {
        this.check = check;
        this.runner = runner;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public FigureCheckResult run() {
        Date now = SystemTime.asDate();
        FigureCheckResult result = check.check(now, currentRunId());
        result = result.withMonthsRolledUp(check.rollUpClosedMonths(now));
        LOG.info("Board figure check: " + result);
        return result;
    }

    @Override
    public String summarize(FigureCheckResult result) {
        return result.notes();
    }

    /** The run the runner recorded for this execution: the job's latest, still unfinished, run. */
    private Long currentRunId() {
        List<JobRun> runs = runner.lastRuns(NAME, 1);
        return runs.isEmpty() || runs.get(0).getFinishedAt() != null ? null : runs.get(0).getId();
    }
}
