package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.FunnelStage;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.PackageCardFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A campaign's funnel counts what happened, once each: a known stream of platform orders (in and out of the
 * campaign's period, in two stores, one without store, one of another platform), scans (some reloaded), claims,
 * registrations and later purchases in the own mall and on the platform (inside and outside the first-order window)
 * goes through the real ingest and claim services, and the funnel's figures equal what the test counts from its own
 * inputs. Runs on HSQLDB and, with GC_TEST_DB=mysql, on MySQL.
 */
@ExtendWith(BroadleafContextExtension.class)
class PackageCardFunnelTest {

    private static final long HOUR = 3600000L;
    private static final long DAY = 24 * HOUR;
    /** The claims happen ten days ago, so nothing of this test lies in the future. */
    private static final long CLAIMED = -10 * DAY;
    private static final int WINDOW_DAYS = 3;

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPackageCardService")
    PackageCardService service;

    @Resource(name = "gcPackageCardFunnel")
    PackageCardFunnel funnel;

    @Test
    void shouldCountEachStageOnceByChannelAndStore() {
        PackageCardFixtures cards = new PackageCardFixtures(context);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Channel platform = cards.platform();
        Channel otherPlatform = cards.platform();
        Store campaignStore = organisation.store();
        organisation.guide(campaignStore);
        Store[] orderStores = {organisation.store(), campaignStore, null};
        organisation.guide(orderStores[0]);
        PackageCardCampaign campaign = cards.campaign(platform, campaignStore, clock.at(CLAIMED - 5 * DAY),
                clock.at(CLAIMED + 5 * DAY), WINDOW_DAYS);
        Map<String, Long> expected = new HashMap<String, Long>();

        // Twelve parcels in the period: four of another store (whose cards the campaign did not put in), four of the
        // campaign's store, four naming none; two before the period, one of another platform.
        List<String> orderNos = new ArrayList<String>();
        List<String> cardStores = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            Store store = orderStores[i % 3];
            String orderNo = "F" + i;
            cards.paidByBuyer(platform, orderNo, "fb-" + platform.getCode() + "-" + i,
                    store == null ? null : store.getCode(), clock.at(CLAIMED - 2 * DAY + i * HOUR));
            orderNos.add(orderNo);
            cardStores.add(store == null ? campaignStore.getCode() : store.getCode());
            if (store == null || store == campaignStore) {
                count(expected, FunnelStage.ISSUED, platform, cardStores.get(i));
            }
        }
        cards.paidByBuyer(platform, "EARLY1", "fb-early-1", null, clock.at(CLAIMED - 6 * DAY));
        cards.paidByBuyer(platform, "EARLY2", "fb-early-2", null, clock.at(CLAIMED - 7 * DAY));
        cards.paidByBuyer(otherPlatform, "F0", "fb-other", null, clock.at(CLAIMED - 2 * DAY));

        // Eight cards scanned, the first three reloaded by the same visitor.
        clock.at(CLAIMED - HOUR);
        for (int i = 0; i < 8; i++) {
            CardView card = service.open(service.cardCode(campaign.getId(), orderNos.get(i)));
            service.recordScan(card, "visitor-" + i);
            if (i < 3) {
                service.recordScan(card, "visitor-" + i);
            }
            count(expected, FunnelStage.SCAN, platform, cardStores.get(i));
        }

        // Five of them claimed by new members (two registered from the page), one claimed again; a card without order.
        clock.at(CLAIMED);
        List<Customer> members = new ArrayList<Customer>();
        for (int i = 0; i < 5; i++) {
            Customer member = organisation.member();
            members.add(member);
            CardView card = service.open(service.cardCode(campaign.getId(), orderNos.get(i)));
            if (i < 2) {
                service.recordRegistration(card, member.getId());
                count(expected, FunnelStage.REGISTER, platform, cardStores.get(i));
            }
            service.claim(card, member);
            for (FunnelStage stage : new FunnelStage[] {FunnelStage.CLAIM, FunnelStage.BIND, FunnelStage.LINK}) {
                count(expected, stage, platform, cardStores.get(i));
            }
        }
        service.claim(service.open(service.cardCode(campaign.getId(), orderNos.get(0))), members.get(0));
        Customer walkIn = organisation.member();
        service.claim(service.open(service.cardCode(campaign.getId(), null)), walkIn);
        count(expected, FunnelStage.CLAIM, platform, campaignStore.getCode());
        count(expected, FunnelStage.BIND, platform, campaignStore.getCode());

        // Later purchases: two members buy in the own mall within the window (one twice), one after it; one buys on
        // the platform again within the window, which is also a parcel of the campaign.
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        Channel mall = orders.ownMall();
        String mallPrefix = "PCM" + platform.getCode();
        clock.at(CLAIMED + DAY);
        orders.paid(mall, members.get(0), mallPrefix + "-0", "30.00");
        orders.paid(mall, members.get(1), mallPrefix + "-1", "30.00");
        clock.at(CLAIMED + 2 * DAY);
        orders.paid(mall, members.get(0), mallPrefix + "-0b", "30.00");
        clock.at(CLAIMED + (WINDOW_DAYS + 1) * DAY);
        orders.paid(mall, members.get(2), mallPrefix + "-2", "30.00");
        for (int i = 0; i < 2; i++) {
            count(expected, FunnelStage.FIRST_MALL_ORDER, platform, cardStores.get(i));
            count(expected, FunnelStage.FIRST_ANY_ORDER, platform, cardStores.get(i));
        }
        clock.at(CLAIMED + DAY);
        cards.paidByMember(platform, "AGAIN3", members.get(3).getId(), clock.at(CLAIMED + DAY));
        count(expected, FunnelStage.FIRST_ANY_ORDER, platform, cardStores.get(3));
        count(expected, FunnelStage.ISSUED, platform, campaignStore.getCode());

        CampaignFunnel figures = funnel.figures(campaign.getId(), clock.at(-30 * DAY), clock.at(0));

        Map<String, Long> actual = new HashMap<String, Long>();
        for (Map.Entry<String, FunnelFigures> part : figures.getByChannelAndStore().entrySet()) {
            for (Map.Entry<FunnelStage, Long> stage : part.getValue().getCounts().entrySet()) {
                actual.put(stage.getKey() + " " + part.getKey(), stage.getValue());
            }
        }
        assertEquals(expected, actual);
        FunnelFigures total = figures.getTotal();
        assertEquals(total(expected, FunnelStage.SCAN), total.count(FunnelStage.SCAN));
        assertEquals(rate(expected, FunnelStage.SCAN, FunnelStage.ISSUED), total.getScanRate());
        assertEquals(rate(expected, FunnelStage.CLAIM, FunnelStage.ISSUED), total.getMemberRate());
        assertEquals(rate(expected, FunnelStage.FIRST_ANY_ORDER, FunnelStage.CLAIM), total.getFirstOrderRate());
    }

    private static void count(Map<String, Long> expected, FunnelStage stage, Channel channel, String storeCode) {
        String key = stage + " " + CampaignFunnel.key(channel.getCode(), storeCode);
        Long before = expected.get(key);
        expected.put(key, before == null ? 1L : before + 1);
    }

    private static long total(Map<String, Long> expected, FunnelStage stage) {
        long total = 0;
        Set<String> seen = new HashSet<String>();
        for (Map.Entry<String, Long> entry : expected.entrySet()) {
            if (entry.getKey().startsWith(stage + " ") && seen.add(entry.getKey())) {
                total += entry.getValue();
            }
        }
        return total;
    }

    private static BigDecimal rate(Map<String, Long> expected, FunnelStage part, FunnelStage whole) {
        return BigDecimal.valueOf(total(expected, part)).divide(BigDecimal.valueOf(total(expected, whole)), 4,
                RoundingMode.HALF_UP);
    }
}
