package com.guidecommerce.core.packagecard;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.job.Job;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Links the buyers of claimed cards whose order arrived while the order stream could not link it (the claim stayed
 * pending). Safe to run again and on several nodes: a claim is marked linked once, and a second linker finds it done.
 * Runs through the job runner, scheduled in the admin context ({@code gc.packageCard.linkCron}).
 */
public class PackageCardLinkJob implements Job<Integer> {

    public static final String NAME = "PACKAGE_CARD_LINKS";

    private static final Log LOG = LogFactory.getLog(PackageCardLinkJob.class);

    private final PackageCardService cards;

    public PackageCardLinkJob(PackageCardService cards) {
        this.cards = cards;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Returns how many pending claims were linked. */
    @Override
    public Integer run() {
        int linked = cards.linkPendingClaims();
        if (linked > 0) {
            LOG.info("Package cards: " + linked + " pending claims linked");
        }
        return linked;
    }

    @Override
    public String summarize(Integer linked) {
        return Note.of("job.packageCardClaimsLinked", linked).format();
    }
}
