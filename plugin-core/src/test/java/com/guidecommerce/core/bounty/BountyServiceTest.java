package com.guidecommerce.core.bounty;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.bounty.domain.BountyState;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.bounty.rule.BountyRules;
import com.guidecommerce.core.bounty.service.BountyService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Bounties from real bindings and own-mall orders, with the clock moved through return windows and deadlines. */
@ExtendWith(BroadleafContextExtension.class)
class BountyServiceTest {

    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcBountyService")
    BountyService bountyService;

    @Resource(name = "gcChannelService")
    ChannelService channelService;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    OrganisationFixtures organisation;
    long start;

    @BeforeEach
    void freezeClock() {
        start = System.currentTimeMillis();
        at(0);
        organisation = new OrganisationFixtures(context);
        new CommissionFixtures(context).ownMallChannel();
    }

    @AfterEach
    void releaseClock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldVestTheBountyOnceTheFirstOrderSurvivedItsReturnWindow() {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        bountyService.createBounties();
        at(DAY);
        orderBy(member, "GC-ORDER-" + start, "299.00");

        at(5 * DAY);
        bountyService.decidePendingBounties();
        assertEquals(BountyState.PENDING, bountyService.findBountyOfMember(member.getId()).getState());

        at(9 * DAY);
        bountyService.decidePendingBounties();
        NewMemberBounty bounty = bountyService.findBountyOfMember(member.getId());
        assertEquals(BountyState.VESTED, bounty.getState());
        assertEquals("OWN_MALL/GC-ORDER-" + start, bounty.getQualifyingOrderNumber());
        assertEquals(new Money(new BigDecimal("5.00"), Currency.getInstance("CNY")), bounty.getAmount());
    }

    @Test
    void shouldVoidTheBountyWhenTheFirstOrderIsRefundedInAnyChannel() {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        bountyService.createBounties();
        at(DAY);
        orderBy(member, "GC-REFUNDED-" + start, "120.00");
        at(3 * DAY);
        refund("GC-REFUNDED-" + start, "120.00");

        at(31 * DAY);
        bountyService.decidePendingBounties();

        NewMemberBounty bounty = bountyService.findBountyOfMember(member.getId());
        assertEquals(BountyState.VOID, bounty.getState());
        assertEquals(BountyRules.REFUNDED, bounty.getReason());
    }

    @Test
    void shouldVoidTheBountyOfAMemberWhoNeverBuys() {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        bountyService.createBounties();

        at(31 * DAY);
        bountyService.decidePendingBounties();

        NewMemberBounty bounty = bountyService.findBountyOfMember(member.getId());
        assertEquals(BountyState.VOID, bounty.getState());
        assertEquals(BountyRules.NO_PURCHASE, bounty.getReason());
    }

    @Test
    void shouldPayNoBountyForAnExistingMemberOrAnAdministrativeMove() {
        Guide guide = organisation.guide(organisation.store());
        Customer longStanding = organisation.member();
        Customer moved = organisation.member();
        bindingService.bind(moved, guide, BindingSource.ADMIN, "admin", "moved by HQ");
        at(3 * DAY);
        bindingService.bind(longStanding, guide, BindingSource.STORE_QR, "shopper", null);

        bountyService.createBounties();

        assertNull(bountyService.findBountyOfMember(longStanding.getId()));
        assertNull(bountyService.findBountyOfMember(moved.getId()));
    }

    @Test
    void shouldCreateOneBountyPerMemberHoweverOftenTheJobRuns() {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.SHARE_LINK, "shopper", null);

        bountyService.createBounties();
        bountyService.createBounties();

        assertEquals(1, bountyService.findBountiesOf(guide).size());
    }

    private void at(long offsetMillis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(start + offsetMillis));
    }

    /** A paid own-mall order of the member, at the test clock's time, through the real pipeline. */
    private void orderBy(Customer member, String orderNumber, String amount) {
        Channel ownMall = channelService.findByCode(Channel.OWN_MALL);
        ChannelEvent paid = ChannelEvent.builder(EventType.ORDER_PAID, orderNumber).occurredAt(SystemTime.asDate())
                .memberNo(String.valueOf(member.getId())).line(new EventLine("1", null, null, null, null, 1, new BigDecimal(amount)))
                .build();
        assertEquals(IngestResult.Status.ACCEPTED, ingestService.ingest(ownMall, IngestSource.MALL, paid).getStatus());
    }

    private void refund(String orderNumber, String amount) {
        Channel ownMall = channelService.findByCode(Channel.OWN_MALL);
        ChannelEvent refund = ChannelEvent.builder(EventType.REFUND, orderNumber).refundNo("R-" + orderNumber)
                .occurredAt(SystemTime.asDate()).line(EventLine.refund("1", new BigDecimal(amount))).build();
        assertEquals(IngestResult.Status.ACCEPTED, ingestService.ingest(ownMall, IngestSource.API, refund).getStatus());
    }
}
