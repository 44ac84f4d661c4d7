package com.guidecommerce.admin.binding;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.GridColumns;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.departure.domain.GuideDeparture;
import com.guidecommerce.core.departure.service.DepartureRequest;
import com.guidecommerce.core.departure.service.DepartureService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The read-only Member Bindings, Binding History and Departures sections, fed by real bindings and a departure. */
@ExtendWith(BroadleafContextExtension.class)
class BindingLogSectionsAdminTest {

    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcDepartureService")
    DepartureService departureService;

    AdminFixtures fixtures;
    OrganisationFixtures organisation;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        organisation = new OrganisationFixtures(context);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
    }

    @AfterEach
    void signOut() throws Exception {
        SystemTime.reset();
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldListTheMembersBindingWithItsGuideAndSource() throws Exception {
        Store store = organisation.store();
        Guide guide = organisation.guide(store);
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, member.getUsername(), null);

        DynamicResultSet grid = section(MemberBinding.class, "member", member.getId());

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        assertEquals(String.valueOf(guide.getId()), grid.getRecords()[0].findProperty("guide").getValue());
        assertEquals("STORE_QR", grid.getRecords()[0].findProperty("source").getValue());
    }

    @Test
    void shouldListAMembersHistoryNewestFirst() throws Exception {
        Store store = organisation.store();
        Guide first = organisation.guide(store);
        Guide second = organisation.guide(store);
        Customer member = organisation.member();
        bindAt(member, first, BindingSource.STORE_QR, SystemTime.asMillis() - 2 * DAY);
        bindAt(member, second, BindingSource.ADMIN, SystemTime.asMillis() - DAY);

        DynamicResultSet grid = section(BindingRecord.class, "member", member.getId());

        assertEquals(Arrays.asList("TRANSFERRED", "BOUND"), Arrays.asList(
                grid.getRecords()[0].findProperty("action").getValue(),
                grid.getRecords()[1].findProperty("action").getValue()));
    }

    @Test
    void shouldListTheDepartureWithItsMemberCount() throws Exception {
        Store store = organisation.store();
        organisation.guide(store, GuideRole.STORE_MANAGER, GuideStatus.ACTIVE);
        Guide departing = organisation.guide(store);
        Customer member = organisation.member();
        bindingService.bind(member, departing, BindingSource.STORE_QR, member.getUsername(), null);
        departureService.execute(departing, DepartureRequest.toStoreManager(), AdminFixtures.ADMIN);

        DynamicResultSet grid = section(GuideDeparture.class, "guide", departing.getId());

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        assertEquals("1", grid.getRecords()[0].findProperty("memberCount").getValue());
        assertEquals("STORE_MANAGER", grid.getRecords()[0].findProperty("strategy").getValue());
        assertEquals(AdminFixtures.ADMIN, grid.getRecords()[0].findProperty("executedBy").getValue());
    }

    @Test
    void shouldFindADepartureByTheGuideCodeTypedInTheSearchBox() throws Exception {
        Store store = organisation.store();
        organisation.guide(store, GuideRole.STORE_MANAGER, GuideStatus.ACTIVE);
        Guide departing = organisation.guide(store);
        departureService.execute(departing, DepartureRequest.toStoreManager(), AdminFixtures.ADMIN);
        PersistencePackageRequest section = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(GuideDeparture.class.getName());

        // Broadleaf's search box fills the filter of the grid's first column: the guide's code, not a time.
        assertEquals("guideCode", GridColumns.first(adminEntityService, section));
        DynamicResultSet grid = adminEntityService.getRecords(section.withFilterAndSortCriteria(
                new FilterAndSortCriteria[] {new FilterAndSortCriteria("guideCode", departing.getGuideCode())}))
                .getDynamicResultSet();

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        assertEquals(String.valueOf(departing.getId()), grid.getRecords()[0].findProperty("guide").getValue());
    }

    @Test
    void shouldFindABindingByWhatHqTypesInTheSearchBoxAboutTheMemberOrTheGuide() throws Exception {
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, member.getUsername(), null);
        String email = member.getEmailAddress();

        for (String typed : Arrays.asList(member.getUsername(), email.substring(0, email.indexOf('@')).toUpperCase(),
                String.valueOf(member.getId()), guide.getGuideCode())) {
            DynamicResultSet grid = searched(MemberBinding.class, typed);
            assertEquals(String.valueOf(member.getId()), grid.getRecords()[0].findProperty("member").getValue(), typed);
        }
        assertEquals(String.valueOf(member.getId()), searched(BindingRecord.class, email).getRecords()[0]
                .findProperty("member").getValue());
    }

    /** The section's grid as its search box asks for it: the typed text on the first column, memberLogin. */
    private DynamicResultSet searched(Class<?> ceilingEntity, String typed) throws Exception {
        return adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(ceilingEntity.getName())
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {new FilterAndSortCriteria("memberLogin", typed)}))
                .getDynamicResultSet();
    }

    private void bindAt(Customer member, Guide guide, BindingSource source, long millis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(millis));
        try {
            bindingService.bind(member, guide, source, "hq", null);
        } finally {
            SystemTime.reset();
        }
    }

    /** The section's grid, filtered to the rows of one member or guide, in the section's default order. */
    private DynamicResultSet section(Class<?> ceilingEntity, String property, Long id) throws Exception {
        return adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(ceilingEntity.getName())
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {new FilterAndSortCriteria(property, String.valueOf(id))}))
                .getDynamicResultSet();
    }
}
