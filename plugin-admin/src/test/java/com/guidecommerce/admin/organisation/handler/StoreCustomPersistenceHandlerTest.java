package com.guidecommerce.admin.organisation.handler;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.common.presentation.client.OperationType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.PersistencePerspective;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.module.PersistenceModule;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What the handler adds to Broadleaf's persistence path, with Broadleaf's persistence module stubbed. */
@ExtendWith(MockitoExtension.class)
class StoreCustomPersistenceHandlerTest {

    @Mock
    OrganisationService organisationService;

    @Mock
    RecordHelper recordHelper;

    @Mock
    PersistenceModule basicModule;

    StoreCustomPersistenceHandler handler;

    @BeforeEach
    void setUp() {
        handler = new StoreCustomPersistenceHandler(organisationService);
        lenient().when(recordHelper.getCompatibleModule(OperationType.BASIC)).thenReturn(basicModule);
    }

    @Test
    void shouldHandleAddsAndUpdatesOfStoresOnly() {
        assertTrue(handler.canHandleAdd(storePackage(form("SH001", "Asia/Shanghai"))));
        assertTrue(handler.canHandleUpdate(storePackage(form("SH001", "Asia/Shanghai"))));
        assertFalse(handler.canHandleFetch(storePackage(form("SH001", "Asia/Shanghai"))));
        assertFalse(handler.canHandleAdd(packageFor(Guide.class.getName(), form("G0001", null))));
    }

    @Test
    void shouldHandNewStoreToBroadleafWhenNoRuleIsBroken() throws Exception {
        PersistencePackage request = storePackage(form("SH001", "Asia/Shanghai"));
        Entity saved = new Entity();
        when(basicModule.add(request)).thenReturn(saved);

        assertSame(saved, handler.add(request, null, recordHelper));
    }

    @Test
    void shouldRejectDuplicateStoreCodeWithoutSaving() throws Exception {
        when(organisationService.isStoreCodeTaken("SH001", null)).thenReturn(true);
        PersistencePackage request = storePackage(form("SH001", "Asia/Shanghai"));

        Entity answer = handler.add(request, null, recordHelper);

        assertEquals(Collections.singletonList("gcDuplicateStoreCode"), answer.getPropertyValidationErrors().get("code"));
        verify(basicModule, never()).add(any(PersistencePackage.class));
    }

    @Test
    void shouldCheckCodeAgainstOtherStoresWhenUpdating() throws Exception {
        Entity form = form("SH001", "Asia/Shanghai");
        form.addProperty(property("id", "42"));
        PersistencePackage request = storePackage(form);
        when(basicModule.update(request)).thenReturn(form);

        handler.update(request, null, recordHelper);

        verify(organisationService).isStoreCodeTaken("SH001", 42L);
    }

    @Test
    void shouldRejectInvalidTimeZoneOnUpdateWithoutSaving() throws Exception {
        Entity form = form("SH001", "China Standard Time");
        form.addProperty(property("id", "42"));

        Entity answer = handler.update(storePackage(form), null, recordHelper);

        assertEquals(Collections.singletonList("gcInvalidTimeZone"), answer.getPropertyValidationErrors().get("timeZoneId"));
        verify(basicModule, never()).update(any(PersistencePackage.class));
    }

    private static Entity form(String code, String timeZoneId) {
        Entity entity = new Entity();
        entity.setType(new String[] {"com.guidecommerce.core.organisation.domain.StoreImpl"});
        entity.setProperties(new Property[] {property("code", code), property("timeZoneId", timeZoneId)});
        return entity;
    }

    private static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }

    private static PersistencePackage storePackage(Entity entity) {
        return packageFor(Store.class.getName(), entity);
    }

    private static PersistencePackage packageFor(String ceilingEntity, Entity entity) {
        PersistencePackage persistencePackage = new PersistencePackage();
        persistencePackage.setCeilingEntityFullyQualifiedClassname(ceilingEntity);
        persistencePackage.setPersistencePerspective(new PersistencePerspective());
        persistencePackage.setEntity(entity);
        return persistencePackage;
    }
}
