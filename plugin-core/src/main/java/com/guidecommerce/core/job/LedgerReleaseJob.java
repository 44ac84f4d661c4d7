package com.guidecommerce.core.job;

import com.guidecommerce.core.commission.service.LedgerService;
import com.guidecommerce.core.common.Note;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.annotation.Resource;

/**
 * The periodic release of frozen ledger entries whose return window has closed. Idempotent (an entry is released
 * once), so HQ can also run it from the admin's settlement page. Runs through the {@link JobRunner}, scheduled in the
 * admin context only.
 */
public class LedgerReleaseJob implements Job<Integer> {

    public static final String NAME = "LEDGER_RELEASE";

    private static final Log LOG = LogFactory.getLog(LedgerReleaseJob.class);

    @Resource(name = "gcLedgerService")
    protected LedgerService ledgerService;

    @Override
    public String getName() {
        return NAME;
    }

    /** Returns how many entries became settleable. */
    @Override
    public Integer run() {
        int released = ledgerService.releaseFrozenEntries();
        LOG.info("Ledger release: " + released + " frozen entries became settleable");
        return released;
    }

    @Override
    public String summarize(Integer released) {
        return Note.of("job.frozenReleased", released).format();
    }
}
