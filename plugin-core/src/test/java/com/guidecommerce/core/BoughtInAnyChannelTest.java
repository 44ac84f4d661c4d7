package com.guidecommerce.core;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.bounty.domain.BountyState;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.bounty.service.BountyService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.fraud.domain.FraudSignalType;
import com.guidecommerce.core.fraud.service.FraudDetectionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * "Has bought" means the same to every feature: a member whose only purchase was on Tmall vests their guide's
 * bounty and counts as a buyer for fraud detection, exactly as a buyer in this mall would.
 */
@ExtendWith(BroadleafContextExtension.class)
class BoughtInAnyChannelTest {

    private static final long HOUR = TimeUnit.HOURS.toMillis(1);
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcBountyService")
    BountyService bountyService;

    @Resource(name = "gcFraudDetectionService")
    FraudDetectionService fraudDetection;

    @RegisterExtension
    TestClock clock = new TestClock();

    @Test
    void shouldCountAMemberWhoBoughtOnlyOnTmallAsHavingBoughtForBountiesAndFraudDetection() {
        clock.at(0);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        orders.ownMall();
        Channel tmall = new CommissionFixtures(context).channel("BAC", CommissionStart.PAID, 7, "bac-secret");
        Guide guide = organisation.guide(organisation.store());
        List<Customer> members = new ArrayList<Customer>();
        for (int i = 0; i < 10; i++) {
            members.add(organisation.member());
        }
        for (int i = 0; i < 10; i++) {
            clock.at(i * 2 * HOUR);
            bindingService.bind(members.get(i), guide, BindingSource.STORE_QR, "shopper", null);
        }
        bountyService.createBounties();
        clock.at(DAY);
        for (int i = 0; i < 3; i++) {
            orders.paid(tmall, members.get(i), "BAC-" + clock.start() + "-" + i, "99.00");
        }

        clock.at(15 * DAY);
        bountyService.decidePendingBounties();
        List<FraudSignal> signals = fraudDetection.detect(guide);

        for (int i = 0; i < 3; i++) {
            NewMemberBounty bounty = bountyService.findBountyOfMember(members.get(i).getId());
            assertEquals(BountyState.VESTED, bounty.getState(), "Tmall buyer " + i);
            assertEquals(tmall.getCode() + "/BAC-" + clock.start() + "-" + i, bounty.getQualifyingOrderNumber());
        }
        assertEquals(BountyState.PENDING, bountyService.findBountyOfMember(members.get(3).getId()).getState(),
                "a member who has not bought yet has until the purchase deadline");
        List<FraudSignalType> raised = new ArrayList<FraudSignalType>();
        for (FraudSignal signal : signals) {
            raised.add(signal.getType());
        }
        assertFalse(raised.contains(FraudSignalType.NO_PURCHASE),
                "7 of 10 members without a purchase is under the 80 % threshold: " + raised);
    }
}
