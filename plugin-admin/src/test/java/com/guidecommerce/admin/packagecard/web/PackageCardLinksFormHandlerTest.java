package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PackageCardLinksFormHandlerTest {

    private final PackageCardService cardService = mock(PackageCardService.class);
    private final PackageCardLinksFormHandler handler = new PackageCardLinksFormHandler(
            new FormBuilderExtensionManager(), cardService, "https://mall.example.com");

    @Test
    void shouldShowASavedCampaignsLandingAddress() {
        when(cardService.cardCode(7L, null)).thenReturn("PC7-0-0123456789abcdef");
        EntityForm form = form(PackageCardCampaign.class.getName(), "7");

        ExtensionResultStatusType status = handler.modifyPopulatedEntityForm(form, new Entity());

        Field links = form.findField(PackageCardLinksFormHandler.FIELD_NAME);
        assertEquals(ExtensionResultStatusType.HANDLED_CONTINUE, status);
        assertEquals("gc_package_card_links", links.getFieldType());
        assertEquals("7", links.getValue());
        assertEquals("https://mall.example.com/card/PC7-0-0123456789abcdef", links.getDisplayValue());
        assertEquals(links, form.getFields().get(PackageCardLinksFormHandler.FIELD_NAME));
    }

    @Test
    void shouldLeaveTheAddressEmptyWhileNoCardCanBeSigned() {
        when(cardService.cardCode(7L, null)).thenThrow(new IllegalStateException("gc.share.secret is not set"));
        EntityForm form = form(PackageCardCampaign.class.getName(), "7");

        handler.modifyPopulatedEntityForm(form, new Entity());

        assertEquals("", form.findField(PackageCardLinksFormHandler.FIELD_NAME).getDisplayValue());
    }

    @Test
    void shouldLeaveANewCampaignAndOtherEntitiesAlone() {
        EntityForm unsaved = form(PackageCardCampaign.class.getName(), null);
        EntityForm store = form(Store.class.getName(), "7");

        assertEquals(ExtensionResultStatusType.NOT_HANDLED, handler.modifyPopulatedEntityForm(unsaved, new Entity()));
        handler.modifyPopulatedEntityForm(store, new Entity());

        assertNull(unsaved.findField(PackageCardLinksFormHandler.FIELD_NAME));
        assertNull(store.findField(PackageCardLinksFormHandler.FIELD_NAME));
    }

    private static EntityForm form(String ceilingEntity, String id) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(ceilingEntity);
        form.setId(id);
        return form;
    }
}
