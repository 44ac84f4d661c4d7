package com.guidecommerce.core.fraud;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.fraud.domain.FraudSignalStatus;
import com.guidecommerce.core.fraud.domain.FraudSignalType;
import com.guidecommerce.core.fraud.service.FraudDetectionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fraud detection on real bindings and channel orders: a burst of new members, members who never buy, and another
 * guide's employee account.
 */
@ExtendWith(BroadleafContextExtension.class)
class FraudDetectionServiceTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcFraudDetectionService")
    FraudDetectionService fraudDetection;

    @RegisterExtension
    TestClock clock = new TestClock();

    @Test
    void shouldPutAGuideWithABurstOfBindingsOnTheReviewList() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide guide = organisation.guide(organisation.store());
        for (int i = 0; i < 10; i++) {
            bindingService.bind(organisation.member(), guide, BindingSource.STORE_QR, "shopper", null);
        }

        fraudDetection.detect(guide);
        fraudDetection.detect(guide);

        List<FraudSignal> signals = fraudDetection.findSignalsOf(guide);
        assertEquals(1, signals.size(), "running detection again does not duplicate the signal");
        assertEquals(FraudSignalType.REGISTRATION_BURST, signals.get(0).getType());
        assertEquals(10, signals.get(0).getMemberCount());
        assertEquals(FraudSignalStatus.OPEN, signals.get(0).getStatus());
    }

    @Test
    void shouldFlagAGuideWhoBoundAColleaguesEmployeeAccount() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Store store = organisation.store();
        Guide guide = organisation.guide(store);
        Guide colleague = organisation.guide(store);
        bindingService.bind(colleague.getCustomer(), guide, BindingSource.ADMIN, "hq", null);

        List<FraudSignal> signals = fraudDetection.detect(guide);

        assertEquals(1, signals.size());
        assertEquals(FraudSignalType.EMPLOYEE_ACCOUNT, signals.get(0).getType());
        assertTrue(signals.get(0).getEvidence().contains(colleague.getGuideCode()));
    }

    @Test
    void shouldLeaveAnOrdinaryGuideOffTheReviewList() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide guide = organisation.guide(organisation.store());
        bindingService.bind(organisation.member(), guide, BindingSource.STORE_QR, "shopper", null);

        assertTrue(fraudDetection.detect(guide).isEmpty());
    }

    @Test
    void shouldFlagAGuideWhoseMatureMembersMostlyNeverBoughtInAnyChannel() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        Channel tmall = new CommissionFixtures(context).channel("FDT", CommissionStart.PAID, 7, "fdt-secret");
        Guide guide = organisation.guide(organisation.store());
        List<Customer> members = new ArrayList<Customer>();
        for (int i = 0; i < 10; i++) {
            clock.at(i * TimeUnit.HOURS.toMillis(2));
            members.add(organisation.member());
            bindingService.bind(members.get(i), guide, BindingSource.STORE_QR, "shopper", null);
        }
        clock.at(TimeUnit.DAYS.toMillis(1));
        orders.paid(orders.ownMall(), members.get(0), "FD-OM-" + clock.start(), "59.00");
        orders.paid(tmall, members.get(1), "FD-TM-" + clock.start(), "59.00");

        clock.at(TimeUnit.DAYS.toMillis(15));
        List<FraudSignal> signals = fraudDetection.detect(guide);

        assertEquals(1, signals.size());
        assertEquals(FraudSignalType.NO_PURCHASE, signals.get(0).getType());
        assertEquals(Note.of("fraud.noPurchase", 8, 10, 14).format(), signals.get(0).getEvidence());
        assertEquals(8, signals.get(0).getMemberCount());
    }
}
