package com.guidecommerce.admin.commission.web;

import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.commission.domain.PlanStatus;
import com.guidecommerce.core.commission.service.CommissionPlanService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import javax.annotation.PostConstruct;

/**
 * Shows a published plan version (active or retired) read-only: no Save or Delete, every field as text, and its rules
 * list without Add, Edit or Remove (a rule opens as a read-only view). The same goes for a rule of such a version
 * opened on its own. A published version is what ledger entries name, so it never changes; the plan and rule
 * persistence handlers refuse changes to it whatever a request sends, this only stops offering them. The links to the
 * plan's pages (New version) stay. Bean {@code gcPublishedPlanFormHandler}.
 */
public class PublishedPlanFormHandler extends AbstractFormBuilderExtensionHandler {

    static final String STATUS = "status";

    private final FormBuilderExtensionManager extensionManager;
    private final CommissionPlanService planService;
    private final GenericEntityService entityService;

    public PublishedPlanFormHandler(FormBuilderExtensionManager extensionManager, CommissionPlanService planService,
                                    GenericEntityService entityService) {
        this.extensionManager = extensionManager;
        this.planService = planService;
        this.entityService = entityService;
    }

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    /** Broadleaf's last word on a saved entity's form, after its own Save, Delete and list actions are in place. */
    @Override
    public ExtensionResultStatusType modifyDetailEntityForm(EntityForm form) {
        if (form.getId() == null || !isPublished(form)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.setReadOnly();
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    private boolean isPublished(EntityForm form) {
        Class<?> type = typeOf(form);
        if (type == null) {
            return false;
        }
        if (CommissionPlan.class.isAssignableFrom(type)) {
            String status = valueOf(form, STATUS);
            return status != null && !PlanStatus.DRAFT.getType().equals(status);
        }
        if (CommissionRule.class.isAssignableFrom(type) && form.getId().matches("-?\\d{1,18}")) {
            // The rule's form does not carry its plan (a hidden field); the stored rule does.
            CommissionRule rule = (CommissionRule) entityService.readGenericEntity(CommissionRule.class.getName(),
                    Long.valueOf(form.getId()));
            return rule != null && rule.getPlan() != null && !planService.isDraft(rule.getPlan().getId());
        }
        return false;
    }

    private static Class<?> typeOf(EntityForm form) {
        String name = form.getEntityType() != null ? form.getEntityType() : form.getCeilingEntityClassname();
        try {
            return name == null ? null : Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static String valueOf(EntityForm form, String name) {
        Field field = form.findField(name);
        return field == null || field.getValue() == null || field.getValue().trim().isEmpty() ? null
                : field.getValue().trim();
    }
}
