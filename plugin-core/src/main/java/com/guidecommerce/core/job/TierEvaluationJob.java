package com.guidecommerce.core.job;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.tier.service.TierEvaluationResult;
import com.guidecommerce.core.tier.service.TierService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;

/**
 * The tier evaluation of the last period whose return window has passed. Scheduled daily: the first turn after the
 * window evaluates the period and the later ones find it evaluated and change nothing, so a turn missed while the
 * admin was down is made up the next day. Runs through the {@link JobRunner}, scheduled in the admin context only.
 */
public class TierEvaluationJob implements Job<List<TierEvaluationResult>> {

    public static final String NAME = "TIER_EVALUATION";

    private static final Log LOG = LogFactory.getLog(TierEvaluationJob.class);

    @Resource(name = "gcTierService")
    protected TierService tierService;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public List<TierEvaluationResult> run() {
        List<TierEvaluationResult> results = tierService.evaluate(tierService.lastSettledPeriod(), NAME);
        LOG.info("Tier evaluation: " + results);
        return results;
    }

    @Override
    public String summarize(List<TierEvaluationResult> results) {
        List<Note> notes = new ArrayList<Note>();
        for (TierEvaluationResult result : results) {
            Object ladder = Note.label(result.getSubject().getFriendlyType());
            notes.add(result.isApplied()
                    ? Note.of("job.tierEvaluated", ladder, result.getPeriodKey(), result.getChanges(),
                            result.getSubjects())
                    : Note.of("job.tierEvaluatedBefore", ladder, result.getPeriodKey()));
        }
        return Note.join(notes);
    }
}
