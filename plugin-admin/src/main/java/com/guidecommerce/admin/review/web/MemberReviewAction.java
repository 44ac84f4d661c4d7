package com.guidecommerce.admin.review.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.MemberReviewJob;
import com.guidecommerce.core.job.MemberReviewSummary;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

import java.util.Map;

/**
 * "Run the member review now", wherever the admin offers it (the Fraud review list, the Member review page): who may
 * run it, running it for the signed-in admin user through the job runner, and what the page shows of the run —
 * {@code jobResult} (ran, failed, or already running on another node) and {@code reviewSummary} (what each step did,
 * shown by {@code views/gc/memberReviewSummary}). Running needs the fraud review permission, since the review raises
 * and refreshes the signals HQ reviews. Bean {@code gcMemberReviewAction}.
 */
public class MemberReviewAction {

    static final String SUMMARY = "reviewSummary";

    private static final Log LOG = LogFactory.getLog(MemberReviewAction.class);

    private final MemberReviewJob job;
    private final JobPageSupport jobPages;
    private final AdminPageSupport pageSupport;

    public MemberReviewAction(MemberReviewJob job, JobPageSupport jobPages, AdminPageSupport pageSupport) {
        this.job = job;
        this.jobPages = jobPages;
        this.pageSupport = pageSupport;
    }

    public boolean mayRun() {
        return pageSupport.isAllowed(FraudSignal.class, EntityOperationType.UPDATE);
    }

    /** Runs the review now and returns what the page shows of the run; call it only when {@link #mayRun()}. */
    public Map<String, Object> run() {
        String login = pageSupport.currentLogin();
        LOG.info("Member review started from the admin by " + login);
        ExtendedModelMap outcome = new ExtendedModelMap();
        JobRunResult<MemberReviewSummary> result = jobPages.runNow(job, login, outcome);
        if (result.isRan()) {
            outcome.addAttribute(SUMMARY, result.getResult());
        }
        return outcome;
    }

    /** The review's last runs on every node, for a page that lists them. */
    public void addLastRuns(Model model) {
        jobPages.addLastRuns(job, model);
    }
}
