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
public class MemberReviewJob implements Job<String> {

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

    /** Runs every step; returns a one-line summary. A failing step is logged and does not stop the others. */
    @Override
    public String run() {
        StringBuilder summary = new StringBuilder();
        try {
            summary.append("bounties created: ").append(bountyService.createBounties());
        } catch (RuntimeException e) {
            LOG.error("Creating new-member bounties failed", e);
            summary.append("bounties created: failed");
        }
        try {
            summary.append(", bounties decided: ").append(bountyService.decidePendingBounties());
        } catch (RuntimeException e) {
            LOG.error("Deciding pending bounties failed", e);
            summary.append(", bounties decided: failed");
        }
        try {
            summary.append(", fraud signals raised or refreshed: ").append(fraudDetectionService.detectAll());
        } catch (RuntimeException e) {
            LOG.error("Fraud detection failed", e);
            summary.append(", fraud signals: failed");
        }
        LOG.info("Member review: " + summary);
        return summary.toString();
    }

    @Override
    public String summarize(String summary) {
        return summary;
    }
}
