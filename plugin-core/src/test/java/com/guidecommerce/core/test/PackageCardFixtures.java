package com.guidecommerce.core.test;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Package-card campaigns of a platform channel of their own, and that platform's orders as the channel sends them
 * (through the real ingest pipeline): a buyer known only by their platform id, in a store or not.
 */
public class PackageCardFixtures {

    private final ApplicationContext context;
    private final PackageCardService service;
    private final ChannelIngestService ingestService;

    public PackageCardFixtures(ApplicationContext context) {
        this.context = context;
        this.service = context.getBean("gcPackageCardService", PackageCardService.class);
        this.ingestService = context.getBean("gcChannelIngestService", ChannelIngestService.class);
    }

    /** A platform channel of its own (commission from payment), so no other test's orders reach its campaigns. */
    public Channel platform() {
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        return commission.channel("PF", CommissionStart.PAID, 7, "platform-signing-secret");
    }

    /** A campaign of the channel running over {@code [from, to)}, binding to {@code store}'s guides by default. */
    public PackageCardCampaign campaign(Channel channel, Store store, Date from, Date to, int windowDays) {
        PackageCardCampaign campaign = service.createCampaign();
        campaign.setName("Parcel cards " + channel.getCode());
        campaign.setChannel(channel);
        campaign.setStore(store);
        campaign.setActiveFrom(from);
        campaign.setActiveTo(to);
        campaign.setFirstOrderWindowDays(windowDays);
        return service.saveCampaign(campaign);
    }

    /** An order paid at {@code paidAt} by a platform buyer nobody knows yet, of {@code store} (or none). */
    public void paidByBuyer(Channel channel, String orderNo, String buyerId, String storeCode, Date paidAt) {
        ingest(channel, ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(paidAt).buyerId(buyerId)
                .storeCode(storeCode).line(line("80.00")).build());
    }

    /** An order paid at {@code paidAt} by a member the channel names. */
    public void paidByMember(Channel channel, String orderNo, Long customerId, Date paidAt) {
        ingest(channel, ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(paidAt)
                .memberNo(String.valueOf(customerId)).line(line("50.00")).build());
    }

    /** Who the order is attributed to, {@code null} while unmatched. */
    public Long buyerOf(Channel channel, String orderNo) {
        return jdbc().queryForObject("SELECT CUSTOMER_ID FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ? AND ORDER_NO = ?",
                Long.class, channel.getCode(), orderNo);
    }

    /** The guide's commission entries on the order (role of a bound guide or any other). */
    public int guideEntries(Channel channel, String orderNo, Long guideId) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM GC_COMMISSION_ENTRY e JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ?"
                + " AND e.BENEFICIARY_TYPE = 'GUIDE' AND e.BENEFICIARY_ID = ?", Integer.class, channel.getCode(),
                orderNo, guideId);
    }

    /** How the order's buyer was recognised (MatchedByType), {@code null} while unmatched. */
    public String matchedBy(Channel channel, String orderNo) {
        return jdbc().queryForObject("SELECT MATCHED_BY FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ? AND ORDER_NO = ?",
                String.class, channel.getCode(), orderNo);
    }

    /** The campaign's recorded steps of one stage. */
    public int steps(PackageCardCampaign campaign, String stage) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM GC_PACKAGE_CARD_EVENT WHERE CAMPAIGN_ID = ? AND STAGE = ?",
                Integer.class, campaign.getId(), stage);
    }

    public JdbcTemplate jdbc() {
        return context.getBean("gcJdbcTemplate", JdbcTemplate.class);
    }

    private void ingest(Channel channel, ChannelEvent event) {
        IngestResult result = ingestService.ingest(channel, IngestSource.API, event);
        assertEquals(IngestResult.Status.ACCEPTED, result.getStatus(), result.describeErrors());
    }

    private static EventLine line(String amount) {
        return new EventLine("1", null, null, null, null, 1, new BigDecimal(amount));
    }
}
