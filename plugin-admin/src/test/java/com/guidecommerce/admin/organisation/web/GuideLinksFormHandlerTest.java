package com.guidecommerce.admin.organisation.web;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GuideLinksFormHandlerTest {

    private final GuideLinksFormHandler handler = new GuideLinksFormHandler(new FormBuilderExtensionManager());

    @Test
    void shouldAddTheLinksFieldToASavedGuidesForm() {
        EntityForm form = form(Guide.class.getName(), "7");

        ExtensionResultStatusType status = handler.modifyPopulatedEntityForm(form, new Entity());

        Field links = form.findField(GuideLinksFormHandler.FIELD_NAME);
        assertEquals(ExtensionResultStatusType.HANDLED_CONTINUE, status);
        assertEquals("gc_guide_links", links.getFieldType());
        assertEquals("7", links.getValue());
        assertEquals(links, form.getFields().get(GuideLinksFormHandler.FIELD_NAME));
    }

    @Test
    void shouldLeaveANewGuidesFormAlone() {
        EntityForm form = form(Guide.class.getName(), null);

        assertEquals(ExtensionResultStatusType.NOT_HANDLED, handler.modifyPopulatedEntityForm(form, new Entity()));
        assertNull(form.findField(GuideLinksFormHandler.FIELD_NAME));
    }

    @Test
    void shouldLeaveOtherEntitiesAlone() {
        EntityForm form = form(Store.class.getName(), "7");

        handler.modifyPopulatedEntityForm(form, new Entity());

        assertNull(form.findField(GuideLinksFormHandler.FIELD_NAME));
    }

    @Test
    void shouldAddTheFieldOnceWhenTheFormIsBuiltAgain() {
        EntityForm form = form(Guide.class.getName(), "7");
        handler.modifyPopulatedEntityForm(form, new Entity());

        assertEquals(ExtensionResultStatusType.NOT_HANDLED, handler.modifyPopulatedEntityForm(form, new Entity()));
    }

    private static EntityForm form(String ceilingEntity, String id) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(ceilingEntity);
        form.setId(id);
        return form;
    }
}
