package com.guidecommerce.admin.organisation;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Guides section as the admin drives it: Broadleaf's admin entity service with our handler in the path. */
@ExtendWith(BroadleafContextExtension.class)
class GuideAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    AdminFixtures fixtures;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldRefuseToMakeDepartedGuideActiveAgain() throws Exception {
        Guide departed = fixtures.guide(fixtures.store(fixtures.region()), GuideStatus.DEPARTED);

        Entity saved = adminEntityService.updateEntity(fixtures.editGuideForm(departed, GuideStatus.ACTIVE), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList("gcGuideDepartedIsFinal"), saved.getPropertyValidationErrors().get("status"));
        assertEquals("DEPARTED", fixtures.savedGuideStatus(departed));
    }

    @Test
    void shouldSaveSuspensionOfActiveGuideThroughBroadleaf() throws Exception {
        Guide active = fixtures.guide(fixtures.store(fixtures.region()), GuideStatus.ACTIVE);

        Entity saved = adminEntityService.updateEntity(fixtures.editGuideForm(active, GuideStatus.SUSPENDED), null, NO_CRUMBS)
                .getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals("SUSPENDED", fixtures.savedGuideStatus(active));
    }

    @Test
    void shouldRejectDuplicateEmployeeNumber() throws Exception {
        Store store = fixtures.store(fixtures.region());
        Guide colleague = fixtures.guide(store, GuideStatus.ACTIVE);

        Entity saved = adminEntityService.addEntity(
                fixtures.newGuideForm(AdminFixtures.uniqueCode(), colleague.getEmployeeNo(), store), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList("gcDuplicateEmployeeNo"), saved.getPropertyValidationErrors().get("employeeNo"));
    }

    @Test
    void shouldRejectDuplicateGuideCode() throws Exception {
        Store store = fixtures.store(fixtures.region());
        Guide colleague = fixtures.guide(store, GuideStatus.ACTIVE);

        Entity saved = adminEntityService.addEntity(
                fixtures.newGuideForm(colleague.getGuideCode(), AdminFixtures.uniqueCode(), store), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList("gcDuplicateGuideCode"), saved.getPropertyValidationErrors().get("guideCode"));
    }
}
