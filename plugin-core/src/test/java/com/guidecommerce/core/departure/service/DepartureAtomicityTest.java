package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.departure.rule.DepartureError;
import com.guidecommerce.core.departure.rule.DepartureException;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.rule.DistributionError;
import com.guidecommerce.core.distribution.rule.DistributionException;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.framework.Advised;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.IllegalTransactionStateException;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A departure moves all members or none. The second transfer is made to fail after the first one has really been
 * written; the whole departure must then roll back.
 */
@ExtendWith(BroadleafContextExtension.class)
class DepartureAtomicityTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDepartureService")
    DepartureService departureService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    DepartureServiceImpl target;
    OrganisationFixtures organisation;
    Store store;
    Guide departing;

    @BeforeEach
    void setUp() throws Exception {
        target = (DepartureServiceImpl) ((Advised) departureService).getTargetSource().getTarget();
        organisation = new OrganisationFixtures(context);
        store = organisation.store();
        organisation.guide(store, GuideRole.STORE_MANAGER, GuideStatus.ACTIVE);
        departing = organisation.guide(store);
    }

    @AfterEach
    void restoreServices() {
        target.bindingService = bindingService;
        target.distributionService = distributionService;
    }

    @Test
    void shouldUndoEveryTransferWhenOneFails() {
        List<Customer> members = membersOf(departing, 3);
        target.bindingService = failingOnTransfer(2);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin"));

        assertEquals("transfer 2 failed", e.getMessage());
        assertEquals(Collections.nCopies(3, departing.getId()), currentGuideIds(members));
        for (Customer member : members) {
            assertEquals(1, bindingService.findHistory(member.getId()).size());
        }
        Guide reloaded = organisationService.findGuideByCode(departing.getGuideCode());
        assertEquals(GuideStatus.ACTIVE, reloaded.getStatus());
        assertNull(reloaded.getDepartureDate());
        assertNull(departureService.findDepartureOf(departing));
    }

    @Test
    void shouldLetTheDepartureRunAgainAfterAFailedAttempt() {
        List<Customer> members = membersOf(departing, 2);
        target.bindingService = failingOnTransfer(2);
        assertThrows(IllegalStateException.class,
                () -> departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin"));
        target.bindingService = bindingService;

        departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin");

        assertEquals(2, departureService.findDepartureOf(departing).getMemberCount());
        assertEquals(2, currentGuideIds(members).size());
    }

    @Test
    void shouldUndoTheMembersTransfersWhenTheDistributorsCannotMove() {
        List<Customer> members = membersOf(departing, 2);
        Customer member = organisation.member();
        Distributor distributor = distributionService.accept(distributionService.invite(departing).getToken(), member)
                .getDistributor();
        target.distributionService = failingAfterMovingAll();

        DepartureException e = assertThrows(DepartureException.class,
                () -> departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin"));

        assertEquals(DepartureError.DISTRIBUTORS_NOT_MOVED, e.getError());
        assertEquals(Collections.nCopies(2, departing.getId()), currentGuideIds(members));
        assertEquals(departing.getId(), distributionService.findById(distributor.getId()).getGuide().getId());
        assertEquals(1, distributionService.findHistory(distributor.getId()).size());
        assertEquals(GuideStatus.ACTIVE, organisationService.findGuideByCode(departing.getGuideCode()).getStatus());
        assertNull(departureService.findDepartureOf(departing));
    }

    @Test
    void shouldNotTransferOutsideACallersTransaction() {
        Customer member = membersOf(departing, 1).get(0);

        assertThrows(IllegalTransactionStateException.class, () -> bindingService.transferWithinTransaction(member,
                organisation.guide(store), BindingSource.DEPARTURE_TRANSFER, "hq-admin", "no transaction"));
    }

    /** The real binding service, except that the {@code failing}-th transfer throws after the earlier ones ran. */
    private BindingService failingOnTransfer(final int failing) {
        final AtomicInteger transfers = new AtomicInteger();
        InvocationHandler handler = (proxy, method, args) -> {
            if ("transferWithinTransaction".equals(method.getName()) && transfers.incrementAndGet() == failing) {
                throw new IllegalStateException("transfer " + failing + " failed");
            }
            try {
                return method.invoke(bindingService, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (BindingService) Proxy.newProxyInstance(BindingService.class.getClassLoader(),
                new Class<?>[] {BindingService.class}, handler);
    }

    /** The real distribution service, except that moving a guide's distributors fails once they have all moved. */
    private DistributionService failingAfterMovingAll() {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(distributionService, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if ("moveAllOf".equals(method.getName())) {
                throw new DistributionException(DistributionError.GUIDE_INACTIVE, "heir");
            }
            return result;
        };
        return (DistributionService) Proxy.newProxyInstance(DistributionService.class.getClassLoader(),
                new Class<?>[] {DistributionService.class}, handler);
    }

    private List<Customer> membersOf(Guide guide, int count) {
        List<Customer> members = new ArrayList<Customer>();
        for (int i = 0; i < count; i++) {
            Customer member = organisation.member();
            bindingService.bind(member, guide, BindingSource.STORE_QR, member.getUsername(), null);
            members.add(member);
        }
        return members;
    }

    private List<Long> currentGuideIds(List<Customer> members) {
        List<Long> ids = new ArrayList<Long>();
        for (Customer member : members) {
            ids.add(bindingService.findValidBinding(member.getId()).getGuide().getId());
        }
        return ids;
    }
}
