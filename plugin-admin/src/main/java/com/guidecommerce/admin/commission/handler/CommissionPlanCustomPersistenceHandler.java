package com.guidecommerce.admin.commission.handler;

import com.guidecommerce.admin.commission.rule.CommissionPlanRules;
import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.PlanStatus;
import com.guidecommerce.core.commission.service.CommissionPlanService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.ValidationException;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.io.Serializable;
import java.util.Map;

/**
 * Commission plans saved in the admin. A new plan is always a draft with the next version number, recorded with who
 * created it; only a draft may be edited or deleted (a published version is what ledger entries name, so it never
 * changes: HQ starts a new version instead); the cap lies between 0 and 100 %. Status, version and effective time
 * change only through the publish and new-version pages. Bean {@code gcCommissionPlanCustomPersistenceHandler}.
 */
public class CommissionPlanCustomPersistenceHandler extends DraftPlanPersistenceHandler {

    private static final String ID = "id";
    private static final String STATUS = "status";
    private static final String VERSION_NO = "versionNo";

    private final CommissionPlanRules rules = new CommissionPlanRules();
    private final CommissionPlanService planService;
    private final AdminPageSupport pageSupport;

    public CommissionPlanCustomPersistenceHandler(CommissionPlanService planService, AdminPageSupport pageSupport) {
        super(CommissionPlan.class);
        this.planService = planService;
        this.pageSupport = pageSupport;
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (rejects(submitted, rules.checkPlan(valueOf(submitted, CommissionPlanRules.CAP)))) {
            return submitted;
        }
        Map<String, FieldMetadata> properties = helper.getSimpleMergedProperties(CommissionPlan.class.getName(),
                persistencePackage.getPersistencePerspective());
        try {
            // Status and version are not on the form; the required-value check reads the submitted values.
            int versionNo = planService.nextVersionNo();
            submit(submitted, STATUS, PlanStatus.DRAFT.getType());
            submit(submitted, VERSION_NO, String.valueOf(versionNo));
            CommissionPlan plan = (CommissionPlan) typeOf(submitted).newInstance();
            plan.setStatus(PlanStatus.DRAFT.getType());
            plan.setVersionNo(versionNo);
            plan.setCreatedAt(SystemTime.asDate());
            plan.setCreatedBy(pageSupport.currentLogin());
            plan = (CommissionPlan) helper.createPopulatedInstance((Serializable) plan, submitted, properties, false);
            plan = (CommissionPlan) dynamicEntityDao.merge(plan);
            return helper.getRecord(properties, plan, null, null);
        } catch (ValidationException e) {
            return e.getEntity();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new ServiceException("Cannot create a commission plan", e);
        }
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (!planService.isDraft(idOf(submitted, ID))) {
            rejects(submitted, rules.notDraft(CommissionPlanRules.STATUS));
            return submitted;
        }
        if (rejects(submitted, rules.checkPlan(valueOf(submitted, CommissionPlanRules.CAP)))) {
            return submitted;
        }
        return updateAsBroadleaf(persistencePackage, helper);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (!planService.isDraft(idOf(submitted, ID))) {
            throw refusal(submitted, rules.notDraft(CommissionPlanRules.STATUS));
        }
        removeAsBroadleaf(persistencePackage, helper);
    }

    private static void submit(Entity submitted, String name, String value) {
        Property property = submitted.findProperty(name);
        if (property == null) {
            property = new Property();
            property.setName(name);
            submitted.addProperty(property);
        }
        property.setValue(value);
    }
}
