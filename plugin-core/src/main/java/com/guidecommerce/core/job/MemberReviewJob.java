package com.guidecommerce.core.job;

import com.guidecommerce.core.bounty.service.BountyService;
import com.guidecommerce.core.fraud.service.FraudDetectionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.annotation.Resource;

/**
 * The periodic review of new members: creates bounties for new members' first bindings, vests or voids pending
 * bounties, and refreshes the fraud review list. Every step is idempotent, so a run can be repeated (from the admin,
 * or after a failure) without paying or flagging anything twice. Runs through the {@link JobRunner}, scheduled in the
 * admin context only.
 */
public class MemberReviewJob implements Job<MemberReviewSummary> {

    public static final String NAME = "MEMBER_REVIEW";

    private static final Log LOG = LogFactory.getLog(MemberReviewJob.class);

    @Resource(name = "gcBountyService")
    protected BountyService bountyService;

    @Resource(name = "gcFraudDetectionService")
    protected FraudDetectionService fraudDetectionService;

    @Override
    public String getName() {
        return NAME;
    }

    /** Runs every step; a failing step is logged, has no count in the summary and does not stop the others. */
    @Override
    public MemberReviewSummary run() {
        Integer created = null;
        Integer decided = null;
        Integer signals = null;
        try {
            created = bountyService.createBounties();
        } catch (RuntimeException e) {
            LOG.error("Creating new-member bounties failed", e);
        }
        try {
            decided = bountyService.decidePendingBounties();
        } catch (RuntimeException e) {
            LOG.error("Deciding pending bounties failed", e);
        }
        try {
            signals = fraudDetectionService.detectAll();
        } catch (RuntimeException e) {
            LOG.error("Fraud detection failed", e);
        }
        MemberReviewSummary summary = new MemberReviewSummary(created, decided, signals);
        LOG.info("Member review: " + summary);
        return summary;
    }

    @Override
    public String summarize(MemberReviewSummary summary) {
        return summary.notes();
    }
}
