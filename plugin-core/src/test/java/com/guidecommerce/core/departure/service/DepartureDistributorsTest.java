package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A departure hands the guide's distributors over with the members, on the real database and services. */
@ExtendWith(BroadleafContextExtension.class)
class DepartureDistributorsTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDepartureService")
    DepartureService departureService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    OrganisationFixtures organisation;
    Store store;
    Guide manager;
    Guide departing;

    @BeforeEach
    void setUp() {
        organisation = new OrganisationFixtures(context);
        store = organisation.store();
        manager = organisation.guide(store, GuideRole.STORE_MANAGER, GuideStatus.ACTIVE);
        departing = organisation.guide(store);
    }

    @Test
    void shouldMoveADistributorWhoIsAMemberWithThatMemberAndAnyOtherToThePrimaryHeir() {
        Guide colleague = organisation.guide(store);
        Guide primary = firstByCode(manager, colleague);
        Guide second = primary == manager ? colleague : manager;
        // Members are dealt most recently bound first.
        Customer dealtToSecond = boundMember(departing);
        Customer first = boundMember(departing);
        Distributor followsMember = distributorOf(departing, dealtToSecond);
        Distributor unbound = distributorOf(departing, organisation.member());

        DepartureResult result = departureService.execute(departing, DepartureRequest.roundRobin(null), "hq-admin");

        assertEquals(primary.getId(), guideOf(first));
        assertEquals(second.getId(), guideOf(dealtToSecond));
        assertEquals(second.getId(), distributionService.findById(followsMember.getId()).getGuide().getId());
        assertEquals(primary.getId(), distributionService.findById(unbound.getId()).getGuide().getId());
        assertEquals(2, result.getDistributorLines().size());
        assertEquals(0L, distributionService.countCurrentOf(departing.getId()));
    }

    @Test
    void shouldRecordEachMoveInTheDistributorsHistoryNamingTheDeparture() {
        Distributor distributor = distributorOf(departing, organisation.member());

        DepartureResult result = departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin");

        List<DistributorEvent> history = distributionService.findHistory(distributor.getId());
        assertEquals(2, history.size());
        DistributorEvent moved = history.get(0);
        assertEquals(DistributorAction.MOVED, moved.getAction());
        assertEquals(departing.getId(), moved.getGuideBefore().getId());
        assertEquals(manager.getId(), moved.getGuideAfter().getId());
        assertEquals("hq-admin", moved.getActor());
        assertEquals(Note.of("distribution.departure", result.getDeparture().getId(), departing.getGuideCode(),
                Note.label("DepartureStrategy_STORE_MANAGER")), Note.parse(moved.getReason()).get(0));
    }

    @Test
    void shouldKeepEachDistributorsStatusAndLeaveEndedOnesWhereTheyWere() {
        Distributor suspended = distributorOf(departing, organisation.member());
        distributionService.suspend(suspended.getId(), "hq-anna", "complaint");
        Distributor ended = distributorOf(departing, organisation.member());
        distributionService.end(ended.getId(), "hq-anna", "left the brand");

        departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin");

        Distributor movedSuspended = distributionService.findById(suspended.getId());
        assertEquals(manager.getId(), movedSuspended.getGuide().getId());
        assertEquals(DistributorStatus.SUSPENDED, movedSuspended.getStatus());
        assertEquals(departing.getId(), distributionService.findById(ended.getId()).getGuide().getId());
        assertEquals(2, distributionService.findHistory(ended.getId()).size());
    }

    @Test
    void shouldMoveTheDistributorsOfAGuideWithoutMembersToTheNamedGuide() {
        Guide elsewhere = organisation.guide(organisation.store());
        Distributor distributor = distributorOf(departing, organisation.member());

        departureService.execute(departing, DepartureRequest.toNamedGuide(elsewhere.getGuideCode()), "hq-admin");

        assertEquals(elsewhere.getId(), distributionService.findById(distributor.getId()).getGuide().getId());
    }

    @Test
    void shouldPreviewEachDistributorsHeirWithoutMovingThem() {
        Customer member = boundMember(departing);
        Distributor distributor = distributorOf(departing, member);

        DeparturePlan plan = departureService.preview(departing, DepartureRequest.toStoreManager());

        assertEquals(1, plan.getDistributorLines().size());
        DistributorLine line = plan.getDistributorLines().get(0);
        assertEquals(distributor.getId(), line.getDistributor().getId());
        assertEquals(departing.getId(), line.getCurrentGuide().getId());
        assertEquals(manager.getId(), line.getHeir().getId());
        assertEquals(departing.getId(), distributionService.findById(distributor.getId()).getGuide().getId());
        assertEquals(1, distributionService.findHistory(distributor.getId()).size());
    }

    private Customer boundMember(Guide guide) {
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, member.getUsername(), null);
        return member;
    }

    private Distributor distributorOf(Guide guide, Customer member) {
        return distributionService.accept(distributionService.invite(guide).getToken(), member).getDistributor();
    }

    private Long guideOf(Customer member) {
        return bindingService.findValidBinding(member.getId()).getGuide().getId();
    }

    /** The round robin deals to colleagues in guide-code order. */
    private static Guide firstByCode(Guide one, Guide other) {
        return one.getGuideCode().compareTo(other.getGuideCode()) < 0 ? one : other;
    }
}
