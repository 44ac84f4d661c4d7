package com.guidecommerce.core.fraud;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.fraud.domain.FraudSignalStatus;
import com.guidecommerce.core.fraud.domain.FraudSignalType;
import com.guidecommerce.core.fraud.service.FraudDetectionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fraud detection on real bindings: a burst of new members and another guide's employee account. */
@ExtendWith(BroadleafContextExtension.class)
class FraudDetectionServiceTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcFraudDetectionService")
    FraudDetectionService fraudDetection;

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
        bindingService.bind(colleague.getCustomer(), guide, BindingSource.STORE_QR, "colleague", null);

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
}
