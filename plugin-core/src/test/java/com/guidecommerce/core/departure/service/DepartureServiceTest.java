package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.departure.domain.DepartureStrategy;
import com.guidecommerce.core.departure.domain.GuideDeparture;
import com.guidecommerce.core.departure.rule.DepartureError;
import com.guidecommerce.core.departure.rule.DepartureException;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Departures on the real database: members bound through the binding service, handed over by the real rules. */
@ExtendWith(BroadleafContextExtension.class)
class DepartureServiceTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDepartureService")
    DepartureService departureService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

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
    void shouldPreviewTheStoreManagerAsHeirOfEveryMemberWithoutChangingAnything() {
        List<Customer> members = membersOf(departing, 2);

        List<DepartureLine> lines = departureService.preview(departing, DepartureRequest.toStoreManager()).getLines();

        assertEquals(2, lines.size());
        for (DepartureLine line : lines) {
            assertEquals(departing.getId(), line.getCurrentGuide().getId());
            assertEquals(manager.getId(), line.getHeir().getId());
        }
        assertEquals(idsOf(members), sortedMemberIds(lines));
        assertEquals(Arrays.asList(departing.getId(), departing.getId()), currentGuideIds(members));
        assertEquals(GuideStatus.ACTIVE, reload(departing).getStatus());
        assertNull(departureService.findDepartureOf(departing));
    }

    @Test
    void shouldHandEveryMemberToTheirHeirAndMarkTheGuideDeparted() {
        List<Customer> members = membersOf(departing, 2);

        DepartureResult result = departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin");

        assertEquals(Arrays.asList(manager.getId(), manager.getId()), currentGuideIds(members));
        Guide departed = reload(departing);
        assertEquals(GuideStatus.DEPARTED, departed.getStatus());
        assertNotNull(departed.getDepartureDate());
        GuideDeparture audit = departureService.findDepartureOf(departing);
        assertEquals(result.getDeparture().getId(), audit.getId());
        assertEquals(DepartureStrategy.STORE_MANAGER, audit.getStrategy());
        assertEquals(2, audit.getMemberCount());
        assertEquals("hq-admin", audit.getExecutedBy());
        assertEquals(manager.getId(), audit.getHeir().getId());
    }

    @Test
    void shouldRecordEachMoveInTheHistoryAsADepartureTransfer() {
        Customer member = membersOf(departing, 1).get(0);

        DepartureResult result = departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin");

        BindingRecord latest = bindingService.findHistory(member.getId()).get(0);
        assertEquals(BindingAction.TRANSFERRED, latest.getAction());
        assertEquals(BindingSource.DEPARTURE_TRANSFER, latest.getSource());
        assertEquals(departing.getId(), latest.getPreviousGuide().getId());
        assertEquals(manager.getId(), latest.getGuide().getId());
        assertEquals("hq-admin", latest.getActor());
        assertEquals(Note.of("binding.departure", result.getDeparture().getId(), departing.getGuideCode(),
                Note.label("DepartureStrategy_STORE_MANAGER")), Note.parse(latest.getReason()).get(0));
    }

    @Test
    void shouldShareMembersOutAmongColleaguesRoundRobin() {
        Guide colleague = organisation.guide(store);
        List<Customer> members = membersOf(departing, 4);

        departureService.execute(departing, DepartureRequest.roundRobin(2), "hq-admin");

        List<Long> heirs = currentGuideIds(members);
        assertEquals(2, Collections.frequency(heirs, manager.getId()));
        assertEquals(2, Collections.frequency(heirs, colleague.getId()));
        assertNull(departureService.findDepartureOf(departing).getHeir());
        assertEquals(Integer.valueOf(2), departureService.findDepartureOf(departing).getCapacity());
    }

    @Test
    void shouldHandMembersToANamedGuideOfAnotherStore() {
        Guide elsewhere = organisation.guide(organisation.store());
        Customer member = membersOf(departing, 1).get(0);

        departureService.execute(departing, DepartureRequest.toNamedGuide(elsewhere.getGuideCode().toLowerCase()), "hq");

        assertEquals(Arrays.asList(elsewhere.getId()), currentGuideIds(Arrays.asList(member)));
    }

    @Test
    void shouldRefuseToRunTwice() {
        List<Customer> members = membersOf(departing, 1);
        departureService.execute(departing, DepartureRequest.toStoreManager(), "hq-admin");
        Guide colleague = organisation.guide(store);

        DepartureException e = assertThrows(DepartureException.class,
                () -> departureService.execute(departing, DepartureRequest.toNamedGuide(colleague.getGuideCode()), "hq"));

        assertEquals(DepartureError.ALREADY_DEPARTED, e.getError());
        assertEquals(Arrays.asList(manager.getId()), currentGuideIds(members));
        assertEquals(2, bindingService.findHistory(members.get(0).getId()).size());
    }

    @Test
    void shouldRefuseAGuideWhoseStatusIsAlreadyDeparted() {
        Guide gone = organisation.guide(store, GuideRole.GUIDE, GuideStatus.DEPARTED);

        DepartureException e = assertThrows(DepartureException.class,
                () -> departureService.preview(gone, DepartureRequest.toStoreManager()));

        assertEquals(DepartureError.ALREADY_DEPARTED, e.getError());
    }

    @Test
    void shouldChangeNothingWhenTheCapacityLeavesMembersOver() {
        List<Customer> members = membersOf(departing, 3);

        DepartureException e = assertThrows(DepartureException.class,
                () -> departureService.execute(departing, DepartureRequest.roundRobin(2), "hq-admin"));

        assertEquals(DepartureError.CAPACITY_EXCEEDED, e.getError());
        assertEquals(1L, e.getArguments()[0]);
        assertUnchanged(members);
    }

    private void assertUnchanged(List<Customer> members) {
        assertEquals(Collections.nCopies(members.size(), departing.getId()), currentGuideIds(members));
        for (Customer member : members) {
            assertEquals(1, bindingService.findHistory(member.getId()).size());
        }
        assertEquals(GuideStatus.ACTIVE, reload(departing).getStatus());
        assertNull(reload(departing).getDepartureDate());
        assertNull(departureService.findDepartureOf(departing));
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

    private Guide reload(Guide guide) {
        return organisationService.findGuideByCode(guide.getGuideCode());
    }

    private static List<Long> idsOf(List<Customer> members) {
        List<Long> ids = new ArrayList<Long>();
        for (Customer member : members) {
            ids.add(member.getId());
        }
        Collections.sort(ids);
        return ids;
    }

    private static List<Long> sortedMemberIds(List<DepartureLine> lines) {
        List<Long> ids = new ArrayList<Long>();
        for (DepartureLine line : lines) {
            ids.add(line.getMember().getId());
        }
        Collections.sort(ids);
        return ids;
    }
}
