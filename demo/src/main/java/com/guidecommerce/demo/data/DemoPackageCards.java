package com.guidecommerce.demo.data;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.CardView;
import com.guidecommerce.core.packagecard.service.ClaimOutcome;
import com.guidecommerce.core.packagecard.service.ClaimResult;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

/**
 * A Tmall package-card campaign of the Shenzhen store SZ002 (天猫包裹卡 · 深圳海岸城店) with its parcels: Tmall orders
 * of platform buyers the mall does not know, so they wait in the unmatched queue and count as cards issued. Two of
 * them were claimed weeks ago by {@code card1@example.com} and {@code card2@example.com}, who scanned, registered from
 * the card and were bound to the store's manager; {@code card1@example.com} then bought on Tmall again (the
 * campaign's first order). The buyer {@value #WALKTHROUGH_BUYER} has two orders still waiting, an earlier and a later
 * one, for a person to print the later one's card in the admin and claim it in the mall.
 *
 * <p>Everything goes through the real services (the order stream, the card service) at the moments it happened.
 */
public class DemoPackageCards {

    static final String CAMPAIGN_NAME = "天猫包裹卡 · 深圳海岸城店";
    static final String STORE = "SZ002";
    static final String WALKTHROUGH_BUYER = "tb_demo_card_buyer";
    static final String WALKTHROUGH_EARLIER = "4071938277201";
    static final String WALKTHROUGH_LATER = "4071938277202";
    static final String CLAIMANT_1 = "card1@example.com";
    static final String CLAIMANT_2 = "card2@example.com";
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @Resource(name = "demoOrganisationData")
    protected DemoOrganisationData organisationData;

    @Resource(name = "gcPackageCardService")
    protected PackageCardService cardService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcChannelIngestService")
    protected ChannelIngestService ingestService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    public void load() {
        long today = SystemTime.asMillis();
        try {
            at(today - 60 * DAY);
            PackageCardCampaign campaign = campaign(today - 60 * DAY);

            at(today - 40 * DAY);
            paid("4071938277101", "tb_card_buyer_01", today - 40 * DAY, "silk-scarf", "印花真丝方巾", "341.00");
            paid("4071938277102", "tb_card_buyer_02", today - 38 * DAY, "striped-breton-tee", "海魂条纹T恤", "229.00");
            paid("4071938277103", "tb_card_buyer_03", today - 35 * DAY, "linen-midi-dress", "亚麻收腰中长连衣裙", "599.00");
            paid("4071938277104", "tb_card_buyer_04", today - 33 * DAY, "striped-breton-tee", "海魂条纹T恤", "229.00");
            paid(WALKTHROUGH_EARLIER, WALKTHROUGH_BUYER, today - 30 * DAY, "silk-scarf", "印花真丝方巾", "341.00");

            at(today - 30 * DAY);
            claim(campaign, "4071938277101", CLAIMANT_1, "包裹卡会员一");
            at(today - 28 * DAY);
            claim(campaign, "4071938277103", CLAIMANT_2, "包裹卡会员二");

            at(today - 20 * DAY);
            paid("4071938277105", "tb_card_buyer_01", today - 20 * DAY, "wool-beret", "羊毛贝雷帽", "329.00");

            at(today - 5 * DAY);
            paid(WALKTHROUGH_LATER, WALKTHROUGH_BUYER, today - 5 * DAY, "linen-midi-dress", "亚麻收腰中长连衣裙", "599.00");
        } finally {
            SystemTime.resetGlobalTimeSource();
        }
    }

    private static void at(long millis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(millis));
    }

    private PackageCardCampaign campaign(long from) {
        PackageCardCampaign campaign = cardService.createCampaign();
        campaign.setName(CAMPAIGN_NAME);
        campaign.setChannel(channelService.findByCode("TMALL"));
        campaign.setStore(organisationService.findStoreByCode(STORE));
        campaign.setActiveFrom(new Date(from));
        campaign.setFirstOrderWindowDays(30);
        campaign.setHeadline("扫码认识您的专属导购");
        campaign.setBenefit("入会即享全渠道会员价，首单再送真丝方巾");
        return cardService.saveCampaign(campaign);
    }

    /** A new account opens the card of the order, registers from it and claims it, as the card's page does. */
    private void claim(PackageCardCampaign campaign, String orderNo, String username, String name) {
        CardView card = cardService.open(cardService.cardCode(campaign.getId(), orderNo));
        cardService.recordScan(card, "demo:" + username);
        Customer member = new TransactionTemplate(transactionManager)
                .execute(status -> organisationData.account(username, name));
        cardService.recordRegistration(card, member.getId());
        cardService.recordScan(card, "m:" + member.getId());
        ClaimResult result = cardService.claim(card, member);
        if (result.getOutcome() != ClaimOutcome.LINKED) {
            throw new IllegalStateException("The demo card of " + orderNo + " was not linked: " + result.getOutcome());
        }
    }

    /** A Tmall order of a platform buyer, for the campaign's store, paid at the given moment. */
    private void paid(String orderNo, String buyerId, long at, String sku, String name, String amount) {
        ChannelEvent paid = ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(new Date(at))
                .buyerId(buyerId).storeCode(STORE)
                .line(new EventLine("1", sku, null, null, name, 1, new BigDecimal(amount))).build();
        Channel tmall = channelService.findByCode("TMALL");
        List<IngestResult> results = ingestService.ingestEvents(tmall, IngestSource.CSV, Collections.singletonList(paid));
        for (IngestResult result : results) {
            if (result.getStatus() != IngestResult.Status.ACCEPTED) {
                throw new IllegalStateException("Demo card order " + orderNo + " was not accepted: "
                        + result.describeErrors());
            }
        }
    }
}
