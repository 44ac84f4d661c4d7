package com.guidecommerce.core.bounty;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.bounty.domain.BountyState;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.bounty.rule.BountyRules;
import com.guidecommerce.core.bounty.service.BountyService;
import com.guidecommerce.core.bounty.service.BountyTotals;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

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

    @RegisterExtension
    TestClock clock = new TestClock();

    OrganisationFixtures organisation;
    ChannelOrderFixtures orders;
    Channel ownMall;

    @BeforeEach
    void freezeClock() {
        clock.at(0);
        organisation = new OrganisationFixtures(context);
        orders = new ChannelOrderFixtures(context);
        ownMall = orders.ownMall();
    }

    @Test
    void shouldVestTheBountyOnceTheFirstOrderSurvivedItsReturnWindow() {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        bountyService.createBounties();
        clock.at(DAY);
        orders.paid(ownMall, member, "GC-ORDER-" + clock.start(), "299.00");

        clock.at(5 * DAY);
        bountyService.decidePendingBounties();
        assertEquals(BountyState.PENDING, bountyService.findBountyOfMember(member.getId()).getState());

        clock.at(9 * DAY);
        bountyService.decidePendingBounties();
        NewMemberBounty bounty = bountyService.findBountyOfMember(member.getId());
        assertEquals(BountyState.VESTED, bounty.getState());
        assertEquals("OWN_MALL/GC-ORDER-" + clock.start(), bounty.getQualifyingOrderNumber());
        assertEquals(new Money(new BigDecimal("5.00"), Currency.getInstance("CNY")), bounty.getAmount());
    }

    @Test
    void shouldVoidTheBountyWhenTheFirstOrderIsRefundedInAnyChannel() {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        bountyService.createBounties();
        clock.at(DAY);
        orders.paid(ownMall, member, "GC-REFUNDED-" + clock.start(), "120.00");
        clock.at(3 * DAY);
        orders.refunded(ownMall, "GC-REFUNDED-" + clock.start(), "120.00");

        clock.at(31 * DAY);
        bountyService.decidePendingBounties();

        NewMemberBounty bounty = bountyService.findBountyOfMember(member.getId());
        assertEquals(BountyState.VOID, bounty.getState());
        assertEquals(BountyRules.REFUNDED, bounty.getReason());
    }

    @Test
    void shouldCountAndSumAGuidesBountiesByState() {
        Guide guide = organisation.guide(organisation.store());
        Customer buyer = organisation.member();
        Customer waiting = organisation.member();
        Customer neverBuys = organisation.member();
        for (Customer member : new Customer[] {buyer, waiting, neverBuys}) {
            bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        }
        bountyService.createBounties();
        clock.at(DAY);
        orders.paid(ownMall, buyer, "GC-TOTALS-" + clock.start(), "99.00");
        clock.at(9 * DAY);
        bountyService.decidePendingBounties();
        assertEquals(3, bountyService.findBountiesOf(guide).size());

        BountyTotals totals = bountyService.totalsOf(guide);

        assertEquals(1, totals.getVestedCount());
        assertEquals(new BigDecimal("5.00"), totals.getVestedAmount());
        assertEquals(2, totals.getPendingCount(), "no order yet, still inside the deadline");
        assertEquals(new BigDecimal("10.00"), totals.getPendingAmount());
        assertEquals(0, totals.getNotPayableCount());
        clock.at(31 * DAY);
        bountyService.decidePendingBounties();
        assertEquals(2, bountyService.totalsOf(guide).getNotPayableCount());
        assertEquals(new BigDecimal("0.00"), bountyService.totalsOf(guide).getPendingAmount());
    }

    @Test
    void shouldVoidTheBountyOfAMemberWhoNeverBuys() {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        bountyService.createBounties();

        clock.at(31 * DAY);
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
        clock.at(3 * DAY);
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
}
