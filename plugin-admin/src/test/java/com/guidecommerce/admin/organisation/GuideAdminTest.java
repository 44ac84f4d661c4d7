package com.guidecommerce.admin.organisation;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Guides section as the admin drives it: Broadleaf's admin entity service with our handler in the path. */
class GuideAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;



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
