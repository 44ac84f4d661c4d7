package com.guidecommerce.admin.organisation;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Stores section as the admin drives it: Broadleaf's admin entity service with our handler in the path. */
class StoreAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "messageSource")
    MessageSource messageSource;



    @Test
    void shouldDescribeStoreCodeWithOurLabel() throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(storesSection()).getDynamicResultSet().getClassMetaData();

        String friendlyName = metadata.getPMap().get("code").getMetadata().getFriendlyName();
        assertEquals("GcStore_code", friendlyName);
        assertEquals("Store Code", messageSource.getMessage(friendlyName, null, Locale.ENGLISH));
    }

    @Test
    void shouldListSavedStoresInTheSectionGrid() throws Exception {
        Store store = fixtures.store(fixtures.region());

        DynamicResultSet grid = adminEntityService.getRecords(storesSection()
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {new FilterAndSortCriteria("code", store.getCode())}))
                .getDynamicResultSet();

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        assertEquals(store.getCode(), grid.getRecords()[0].findProperty("code").getValue());
    }

    @Test
    void shouldRejectDuplicateStoreCode() throws Exception {
        Region region = fixtures.region();
        Store existing = fixtures.store(region);

        Entity saved = adminEntityService.addEntity(
                fixtures.newStoreForm(existing.getCode(), region, "Asia/Shanghai"), null, NO_CRUMBS).getEntity();

        assertEquals(Collections.singletonList("gcDuplicateStoreCode"), saved.getPropertyValidationErrors().get("code"));
    }

    @Test
    void shouldRejectUnknownTimeZone() throws Exception {
        Region region = fixtures.region();
        String code = AdminFixtures.uniqueCode();

        Entity saved = adminEntityService.addEntity(fixtures.newStoreForm(code, region, "Asia/Shangai"), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList("gcInvalidTimeZone"), saved.getPropertyValidationErrors().get("timeZoneId"));
        assertEquals(0, fixtures.storesWithCode(code), "nothing is saved when a rule is broken");
    }

    @Test
    void shouldSaveStoreThroughBroadleafWhenNoRuleIsBroken() throws Exception {
        Region region = fixtures.region();
        String code = AdminFixtures.uniqueCode();

        Entity saved = adminEntityService.addEntity(fixtures.newStoreForm(code, region, "Asia/Urumqi"), null, NO_CRUMBS)
                .getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals(1, fixtures.storesWithCode(code));
        assertEquals("Asia/Urumqi", organisationService.findStoreByCode(code).getTimeZoneId());
    }

    private static PersistencePackageRequest storesSection() {
        return PersistencePackageRequest.standard().withCeilingEntityClassname(Store.class.getName());
    }
}
