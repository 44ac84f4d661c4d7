package com.guidecommerce.admin.points;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.GridColumns;
import com.guidecommerce.core.points.domain.PointsEntry;
import com.guidecommerce.core.points.service.PointsService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The read-only Points ledger section: newest first, found by the member's login. */
@ExtendWith(BroadleafContextExtension.class)
class PointsLedgerSectionAdminTest {

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcPointsService")
    PointsService pointsService;

    AdminFixtures fixtures;
    AutoCloseable entityManagerInView;
    Customer member;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
        member = new OrganisationFixtures(context).member();
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldListAMembersEntriesNewestFirstFoundByTheirLogin() throws Exception {
        clock.at(0);
        pointsService.adjust(member.getId(), 100L, "welcome gift", "hq-admin");
        clock.at(60_000L);
        pointsService.adjust(member.getId(), -40L, "duplicate gift", "hq-admin");

        String firstColumn = GridColumns.first(adminEntityService, request());
        DynamicResultSet grid = adminEntityService.getRecords(request().withFilterAndSortCriteria(
                new FilterAndSortCriteria[] {new FilterAndSortCriteria(firstColumn, member.getUsername())}))
                .getDynamicResultSet();

        assertEquals("customerName", firstColumn);
        assertEquals(Arrays.asList("duplicate gift", "welcome gift"), values(grid, "reason"));
        assertEquals(Arrays.asList("-40", "100"), values(grid, "points"));
        assertEquals(Arrays.asList("ADJUST", "ADJUST"), values(grid, "kind"));
    }

    private PersistencePackageRequest request() {
        return PersistencePackageRequest.standard().withCeilingEntityClassname(PointsEntry.class.getName());
    }

    private static List<String> values(DynamicResultSet grid, String property) {
        List<String> values = new ArrayList<String>();
        for (Entity record : grid.getRecords()) {
            values.add(record.findProperty(property).getValue());
        }
        return values;
    }
}
