package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.job.Job;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The member tier evaluation of the last period that has ended (gc.memberTier.evaluationPeriod). Scheduled daily in
 * the admin's context through the job runner: the first turn after a period ends evaluates it, later turns find it
 * evaluated and change nothing, so a turn missed while the admin was down is made up the next day.
 */
public class MemberTierEvaluationJob implements Job<MemberTierEvaluationResult> {

    public static final String NAME = "MEMBER_TIER_EVALUATION";

    private static final Log LOG = LogFactory.getLog(MemberTierEvaluationJob.class);

    private final MemberTierService service;

    public MemberTierEvaluationJob(MemberTierService service) {
        this.service = service;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MemberTierEvaluationResult run() {
        MemberTierEvaluationResult result = service.evaluate(service.lastEndedPeriod(), NAME);
        LOG.info("Member tier evaluation: " + result);
        return result;
    }

    @Override
    public String summarize(MemberTierEvaluationResult result) {
        return (result.isApplied()
                ? Note.of("job.memberTierEvaluated", result.getPeriodKey(), result.getChanges(), result.getMembers())
                : Note.of("job.memberTierEvaluatedBefore", result.getPeriodKey())).format();
    }
}
