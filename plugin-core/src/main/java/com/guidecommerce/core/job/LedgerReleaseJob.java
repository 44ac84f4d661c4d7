package com.guidecommerce.core.job;

import com.guidecommerce.core.commission.service.LedgerService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.annotation.Resource;

/**
 * The periodic release of frozen ledger entries whose return window has closed. Idempotent (an entry is released
 * once), so HQ can also run it from the admin's settlement page. Scheduled in the admin context only.
 */
public class LedgerReleaseJob {

    private static final Log LOG = LogFactory.getLog(LedgerReleaseJob.class);

    @Resource(name = "gcLedgerService")
    protected LedgerService ledgerService;

    /** Returns how many entries became settleable. */
    public int run() {
        int released = ledgerService.releaseFrozenEntries();
        LOG.info("Ledger release: " + released + " frozen entries became settleable");
        return released;
    }
}
