package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;

/**
 * Adds links to the plugin's own pages (publish a plan, identify a buyer, explain an entry) and to related records (an
 * order's ledger entries and events, an entry's or an event's order) to a saved entity's admin screen, drawn by the
 * template {@code fields/gc_entity_links.html} (in this jar under {@code open_admin_style/templates}; a host overrides
 * it from {@code /WEB-INF/templates/admin/}). The field posts nothing. Broadleaf keeps one handler
 * per class, so one bean ({@code gcEntityLinksFormHandler}) serves every screen.
 *
 * <p>Broadleaf makes every field of a screen read-only when the admin user may not update the entity, and draws a
 * read-only field as plain text; the links field stays a link field, since following a link changes nothing and each
 * page checks the user's permissions itself.
 */
public class EntityLinksFormHandler extends AbstractFormBuilderExtensionHandler {

    public static final String FIELD_TYPE = "gc_entity_links";
    public static final String BASE_PATH = "basePath";
    public static final String LINKS = "links";
    public static final String HREFS = "hrefs";

    private final FormBuilderExtensionManager extensionManager;
    private final List<EntityLinks> screens;

    public EntityLinksFormHandler(FormBuilderExtensionManager extensionManager, List<EntityLinks> screens) {
        this.extensionManager = extensionManager;
        this.screens = new ArrayList<EntityLinks>(screens);
    }

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        EntityLinks screen = screenOf(form);
        if (screen == null || form.getId() == null || form.findField(screen.getFieldName()) != null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        List<PageLink> shown = new ArrayList<PageLink>();
        Map<String, String> hrefs = new HashMap<String, String>();
        for (PageLink link : screen.getLinks()) {
            if (link.appliesTo(entity)) {
                shown.add(link);
                hrefs.put(link.getPath(), link.href(screen.getBasePath(), form.getId(), entity));
            }
        }
        if (shown.isEmpty()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addField(new LinksField()
                .withName(screen.getFieldName())
                .withFieldType(FIELD_TYPE)
                .withFriendlyName(screen.getFieldName())
                .withValue(form.getId())
                .withDisplayValue("")
                .withOrder(0)
                .withAttribute(BASE_PATH, screen.getBasePath())
                .withAttribute(LINKS, shown)
                .withAttribute(HREFS, hrefs));
        // Broadleaf caches the form's field map; the templates look fields up in it.
        form.clearFieldsMap();
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    private EntityLinks screenOf(EntityForm form) {
        for (EntityLinks screen : screens) {
            if (screen.getCeilingEntity().equals(form.getCeilingEntityClassname())) {
                return screen;
            }
        }
        return null;
    }

    /** A field Broadleaf's read-only treatment leaves alone (see the class comment). */
    static final class LinksField extends Field {

        @Override
        public void setReadOnly(Boolean readOnly) {
            // Links never edit the entity.
        }
    }
}
