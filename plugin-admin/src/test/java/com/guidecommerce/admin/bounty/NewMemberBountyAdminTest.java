package com.guidecommerce.admin.bounty;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.GridColumns;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.bounty.service.BountyService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
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
import org.springframework.context.ApplicationContext;

import java.util.Arrays;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The read-only New-member Bounties section, fed by a real binding and the bounty service. */
@ExtendWith(BroadleafContextExtension.class)
class NewMemberBountyAdminTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcBountyService")
    BountyService bountyService;

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
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldListTheNewMembersPendingBountyUnderTheGuide() throws Exception {
        Guide guide = organisation.guide(organisation.store());
        Customer member = newMemberOf(guide);

        DynamicResultSet grid = listed("guide", String.valueOf(guide.getId()));

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        Entity row = grid.getRecords()[0];
        assertEquals(String.valueOf(member.getId()), row.findProperty("member").getValue());
        assertEquals("PENDING", row.findProperty("state").getValue());
    }

    @Test
    void shouldFindABountyByTheGuideCodeOrTheMemberTypedInTheSearchBox() throws Exception {
        Guide guide = organisation.guide(organisation.store());
        Customer member = newMemberOf(guide);

        // Broadleaf's search box fills the filter of the grid's first column: the guide's code, not a time.
        assertEquals("guideCode", GridColumns.first(adminEntityService, section()));
        for (String typed : Arrays.asList(guide.getGuideCode(), guide.getGuideCode().toLowerCase(),
                member.getUsername())) {
            DynamicResultSet grid = listed("guideCode", typed);
            assertEquals(Integer.valueOf(1), grid.getTotalRecords(), typed);
            assertEquals(String.valueOf(member.getId()), grid.getRecords()[0].findProperty("member").getValue(), typed);
        }
    }

    /** A member newly bound to the guide, with the pending bounty that earns the guide. */
    private Customer newMemberOf(Guide guide) {
        Customer member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, member.getUsername(), null);
        bountyService.createBounties();
        return member;
    }

    private DynamicResultSet listed(String property, String value) throws Exception {
        return adminEntityService.getRecords(section().withFilterAndSortCriteria(
                new FilterAndSortCriteria[] {new FilterAndSortCriteria(property, value)})).getDynamicResultSet();
    }

    private static PersistencePackageRequest section() {
        return PersistencePackageRequest.standard().withCeilingEntityClassname(NewMemberBounty.class.getName());
    }
}
