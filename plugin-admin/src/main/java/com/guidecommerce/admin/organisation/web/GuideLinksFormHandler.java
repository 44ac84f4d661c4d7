package com.guidecommerce.admin.organisation.web;

import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import javax.annotation.PostConstruct;

/**
 * Adds the departure page and the poster download to a saved guide's admin form, as a field of the Employment group
 * drawn by the template {@code fields/gc_guide_links.html} (shipped in this jar under {@code open_admin_style/templates},
 * where Broadleaf's admin looks for field templates; a host overrides it from {@code /WEB-INF/templates/admin/}).
 * The field has no input, so it never reaches the save. Bean {@code gcGuideLinksFormHandler}.
 */
public class GuideLinksFormHandler extends AbstractFormBuilderExtensionHandler {

    public static final String FIELD_NAME = "gcGuideLinks";
    public static final String FIELD_TYPE = "gc_guide_links";

    private static final String GROUP = "GcGuide_group_employment";
    private static final int GROUP_ORDER = 3000;

    private final FormBuilderExtensionManager extensionManager;

    public GuideLinksFormHandler(FormBuilderExtensionManager extensionManager) {
        this.extensionManager = extensionManager;
    }

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!Guide.class.getName().equals(form.getCeilingEntityClassname()) || form.getId() == null
                || form.findField(FIELD_NAME) != null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addField(new Field()
                .withName(FIELD_NAME)
                .withFieldType(FIELD_TYPE)
                .withFriendlyName("GcGuide_links")
                .withValue(form.getId())
                .withDisplayValue("")
                .withOrder(9000), GROUP, GROUP_ORDER, EntityForm.DEFAULT_TAB_NAME, EntityForm.DEFAULT_TAB_ORDER);
        // Broadleaf caches the form's field map; the read-only template looks the new field up in it.
        form.clearFieldsMap();
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
