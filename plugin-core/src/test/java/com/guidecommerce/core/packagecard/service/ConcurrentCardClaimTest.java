package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.PackageCardFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Claims of one card at the same moment, started together: two accounts get one order's buyer between them, exactly
 * one, and no lock conflict escapes; one account claiming twice at once is counted once. Meaningful on MySQL
 * (GC_TEST_DB=mysql), where the claims really run in parallel transactions.
 */
@ExtendWith(BroadleafContextExtension.class)
class ConcurrentCardClaimTest {

    private static final int ROUNDS = 8;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPackageCardService")
    PackageCardService service;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    private PackageCardFixtures cards;
    private OrganisationFixtures organisation;
    private Channel platform;
    private PackageCardCampaign campaign;
    private Date paidAt;
    private ExecutorService pool;

    @BeforeEach
    void campaign() {
        cards = new PackageCardFixtures(context);
        organisation = new OrganisationFixtures(context);
        platform = cards.platform();
        Store store = organisation.store();
        organisation.guide(store);
        long now = System.currentTimeMillis() / 1000 * 1000;
        paidAt = new Date(now - 3600000L);
        campaign = cards.campaign(platform, store, new Date(now - 86400000L), null, 30);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void shouldGiveTheOrdersBuyerToExactlyOneOfTwoAccountsClaimingAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String orderNo = "RACE" + round;
            String buyerId = "race-" + platform.getCode() + "-" + round;
            cards.paidByBuyer(platform, orderNo, buyerId, null, paidAt);
            CardView card = service.open(service.cardCode(campaign.getId(), orderNo));
            Customer first = organisation.member();
            Customer second = organisation.member();

            ClaimResult[] results = claimTogether(card, first, second);

            Set<ClaimOutcome> outcomes = new HashSet<ClaimOutcome>(Arrays.asList(results[0].getOutcome(),
                    results[1].getOutcome()));
            assertEquals(new HashSet<ClaimOutcome>(Arrays.asList(ClaimOutcome.LINKED, ClaimOutcome.OTHER_ACCOUNT)),
                    outcomes, "round " + round);
            Customer winner = results[0].getOutcome() == ClaimOutcome.LINKED ? first : second;
            Customer loser = winner == first ? second : first;
            assertEquals(winner.getId(), cards.buyerOf(platform, orderNo));
            assertEquals(Arrays.asList(winner.getId()), cards.jdbc().queryForList("SELECT CUSTOMER_ID FROM"
                    + " GC_MEMBER_IDENTITY WHERE IDENTITY_TYPE = 'BUYER_ID' AND CHANNEL_CODE = ? AND IDENTITY_VALUE = ?",
                    Long.class, platform.getCode(), buyerId.toUpperCase(Locale.ROOT)));
            assertNull(bindingService.findValidBinding(loser.getId()));
            assertEquals(round + 1, cards.steps(campaign, "LINK"));
            assertEquals(round + 1, cards.steps(campaign, "BIND"));
        }
    }

    @Test
    void shouldCountOneBindingAndOneLinkWhenOneAccountClaimsTwiceAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String orderNo = "TWICE" + round;
            cards.paidByBuyer(platform, orderNo, "twice-" + platform.getCode() + "-" + round, null, paidAt);
            CardView card = service.open(service.cardCode(campaign.getId(), orderNo));
            Customer member = organisation.member();

            ClaimResult[] results = claimTogether(card, member, member);

            assertEquals(new HashSet<ClaimOutcome>(Arrays.asList(ClaimOutcome.LINKED, ClaimOutcome.ALREADY_CLAIMED)),
                    new HashSet<ClaimOutcome>(Arrays.asList(results[0].getOutcome(), results[1].getOutcome())));
            assertEquals(member.getId(), cards.buyerOf(platform, orderNo));
            assertEquals(1, bindingService.findHistory(member.getId()).size());
            assertEquals(round + 1, cards.steps(campaign, "LINK"));
            assertEquals(round + 1, cards.steps(campaign, "BIND"));
            assertEquals(round + 1, cards.steps(campaign, "CLAIM"));
        }
    }

    private ClaimResult[] claimTogether(CardView card, Customer first, Customer second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<ClaimResult> a = pool.submit(claimAfter(start, card, first));
        Future<ClaimResult> b = pool.submit(claimAfter(start, card, second));
        start.countDown();
        return new ClaimResult[] {a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)};
    }

    private Callable<ClaimResult> claimAfter(CountDownLatch start, CardView card, Customer member) {
        return () -> {
            start.await();
            return service.claim(card, member);
        };
    }
}
