package com.guidecommerce.core.packagecard;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.ClaimOutcome;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.PackageCardFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Date;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Job PACKAGE_CARD_LINKS links, through the job runner and its lock, a claim whose order arrived while the order
 * stream could not link it, once.
 */
@ExtendWith(BroadleafContextExtension.class)
class PackageCardLinkJobTest {

    private static final long DAY = 86400000L;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPackageCardService")
    PackageCardService service;

    @Resource(name = "gcPackageCardLinkJob")
    PackageCardLinkJob job;

    @Resource(name = "gcJobRunner")
    JobRunner jobRunner;

    @Test
    void shouldLinkAClaimLeftPendingAfterItsOrderArrivedOnce() {
        PackageCardFixtures cards = new PackageCardFixtures(context);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Channel platform = cards.platform();
        Store store = organisation.store();
        organisation.guide(store);
        long now = System.currentTimeMillis() / 1000 * 1000;
        PackageCardCampaign campaign = cards.campaign(platform, store, new Date(now - 10 * DAY), null, 30);
        Customer member = organisation.member();
        assertEquals(ClaimOutcome.PENDING, service.claim(service.open(service.cardCode(campaign.getId(), "J1")),
                member).getOutcome());
        orderArrivesUnseenByTheClaim(cards, platform, "J1", "tb-buyer-job", new Date(now - DAY));
        assertNull(cards.buyerOf(platform, "J1"), "the order waits unmatched, its claim pending");

        JobRunResult<Integer> first = jobRunner.runNow(job, "test");
        JobRunResult<Integer> second = jobRunner.runNow(job, "test");

        assertEquals(PackageCardLinkJob.NAME, job.getName());
        assertTrue(first.isRan());
        assertTrue(first.getResult() >= 1, "linked the pending claim (and any other test's left pending)");
        assertEquals(member.getId(), cards.buyerOf(platform, "J1"));
        assertEquals(1, cards.steps(campaign, "LINK"));
        assertEquals("LINKED", cards.jdbc().queryForObject("SELECT STATUS FROM GC_PACKAGE_CARD_CLAIM WHERE"
                + " CHANNEL_CODE = ? AND ORDER_NO = ?", String.class, platform.getCode(), "J1"));
        assertTrue(second.isRan());
        assertEquals(Integer.valueOf(0), second.getResult(), "nothing is left pending");
    }

    /**
     * The order arrives while its claim is out of the order stream's sight (as when the link after the ingest commit
     * failed): the claim row names another order during the ingest, then its own again.
     */
    private static void orderArrivesUnseenByTheClaim(PackageCardFixtures cards, Channel platform, String orderNo,
                                                     String buyerId, Date paidAt) {
        String hidden = orderNo + "-HIDDEN";
        cards.jdbc().update("UPDATE GC_PACKAGE_CARD_CLAIM SET ORDER_NO = ? WHERE CHANNEL_CODE = ? AND ORDER_NO = ?",
                hidden, platform.getCode(), orderNo);
        cards.paidByBuyer(platform, orderNo, buyerId, null, paidAt);
        cards.jdbc().update("UPDATE GC_PACKAGE_CARD_CLAIM SET ORDER_NO = ? WHERE CHANNEL_CODE = ? AND ORDER_NO = ?",
                orderNo, platform.getCode(), hidden);
    }
}
