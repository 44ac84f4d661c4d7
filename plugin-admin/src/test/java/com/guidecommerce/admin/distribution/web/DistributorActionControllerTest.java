package com.guidecommerce.admin.distribution.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.ui.ExtendedModelMap;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Distributors section and HQ's actions page over the real services, signed in as HQ's administrator. */
class DistributorActionControllerTest extends SignedInAdminTest {

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    Guide guide;
    Guide colleague;
    Distributor distributor;

    @BeforeEach
    void distributor() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Store store = organisation.store();
        guide = organisation.guide(store);
        colleague = organisation.guide(store);
        distributor = distributionService.accept(distributionService.invite(guide).getToken(), organisation.member())
                .getDistributor();
    }

    @Test
    void shouldListTheDistributorInTheSectionBySearchableCode() throws Exception {
        // The request's entity manager holds the distributor as saved, without the grid's computed columns.
        SharedEntityManagerCreator.createSharedEntityManager(
                context.getBean("entityManagerFactory", EntityManagerFactory.class)).clear();

        DynamicResultSet grid = adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(Distributor.class.getName())
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {
                        new FilterAndSortCriteria("code", distributor.getCode())}))
                .getDynamicResultSet();

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        assertEquals("ACTIVE", grid.getRecords()[0].findProperty("status").getValue());
        assertEquals(String.valueOf(guide.getId()), grid.getRecords()[0].findProperty("guide").getValue());
        assertEquals(guide.getStore().getName(), grid.getRecords()[0].findProperty("storeName").getValue());
        assertEquals(distributor.getMember().getUsername(),
                grid.getRecords()[0].findProperty("memberLogin").getValue());
    }

    @Test
    void shouldSuspendWithTheReasonAndRecordWhoDidIt() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().act(distributor.getId(), "SUSPENDED", null, "complaint", model, Locale.ENGLISH, response);

        assertEquals(DistributorAction.SUSPENDED, model.get("done"));
        assertEquals(DistributorStatus.SUSPENDED, distributionService.findById(distributor.getId()).getStatus());
        DistributorEvent suspended = distributionService.findHistory(distributor.getId()).get(0);
        assertEquals(DistributorAction.SUSPENDED, suspended.getAction());
        assertEquals(AdminFixtures.ADMIN, suspended.getActor());
        assertEquals("complaint", suspended.getReason());
    }

    @Test
    void shouldMoveTheDistributorToTheGuideWithTheCodeGiven() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().act(distributor.getId(), "MOVED", " " + colleague.getGuideCode() + " ", "guide asked", model,
                Locale.ENGLISH, response);

        assertEquals(colleague.getId(), distributionService.findById(distributor.getId()).getGuide().getId());
        DistributorEvent moved = distributionService.findHistory(distributor.getId()).get(0);
        assertEquals(guide.getId(), moved.getGuideBefore().getId());
        assertEquals(colleague.getId(), moved.getGuideAfter().getId());
    }

    @Test
    void shouldRefuseAnActionWithoutAReasonAndSaySoInTheUsersLanguage() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().act(distributor.getId(), "ENDED", null, "", model, Locale.SIMPLIFIED_CHINESE, response);

        assertNull(model.get("done"));
        assertEquals(messageSource.getMessage("gcDistributionError_REASON_REQUIRED", null, Locale.SIMPLIFIED_CHINESE),
                model.get("errorMessage"));
        assertEquals(DistributorStatus.ACTIVE, distributionService.findById(distributor.getId()).getStatus());
    }

    @Test
    void shouldRefuseAMoveToAnUnknownGuideCode() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().act(distributor.getId(), "MOVED", "NOBODY", "test", model, Locale.ENGLISH, response);

        assertEquals("There is no guide with code NOBODY.", model.get("errorMessage"));
        assertEquals(guide.getId(), distributionService.findById(distributor.getId()).getGuide().getId());
    }

    @Test
    void shouldOfferOnlyTheActionsOfTheStatusAndRenderInBothLanguages() throws Exception {
        distributionService.suspend(distributor.getId(), AdminFixtures.ADMIN, "complaint");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(distributor.getId(), model, response);

        assertEquals(Arrays.asList(DistributorAction.MOVED, DistributorAction.REACTIVATED,
                DistributorAction.ENDED), model.get("actions"));
        String chinese = new AdminPages(messageSource).render(model.asMap(), Locale.SIMPLIFIED_CHINESE);
        String english = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
        assertTrue(chinese.contains("\u5df2\u6682\u505c"), "the status, by its Chinese label: " + chinese);
        assertTrue(chinese.contains("complaint"), "the history shows the reason");
        assertFalse(chinese.contains("??"), chinese);
        assertTrue(english.contains("Reactivate"), english);
        assertFalse(english.contains("??"), english);
    }

    @Test
    void shouldOfferNoActionOnAnEndedDistributor() throws Exception {
        distributionService.end(distributor.getId(), AdminFixtures.ADMIN, "left");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(distributor.getId(), model, response);

        assertEquals(Collections.emptyList(), (List<?>) model.get("actions"));
    }

    private DistributorActionController controller() {
        return new DistributorActionController(distributionService, organisationService, pageSupport, messageSource);
    }
}
