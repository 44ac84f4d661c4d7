package com.guidecommerce.admin.commission.handler;

import com.guidecommerce.admin.commission.rule.CommissionPlanRules;
import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.commission.service.CommissionPlanService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.util.List;

/**
 * The rules of a commission plan, saved from the plan's Rules list in the admin. A rule is added, changed or removed
 * only while its plan is a draft; its rate lies between 0 and 100 %, and a rule that pays names a role and a rate.
 * Bean {@code gcCommissionRuleCustomPersistenceHandler}.
 */
public class CommissionRuleCustomPersistenceHandler extends DraftPlanPersistenceHandler {

    private static final String ID = "id";
    private static final String PLAN = "plan";
    private static final String EXCLUDED = "excluded";

    private final CommissionPlanRules rules = new CommissionPlanRules();
    private final CommissionPlanService planService;

    public CommissionRuleCustomPersistenceHandler(CommissionPlanService planService) {
        super(CommissionRule.class);
        this.planService = planService;
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (rejects(submitted, check(submitted, planOf(submitted, dynamicEntityDao)))) {
            return submitted;
        }
        return addAsBroadleaf(persistencePackage, helper);
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (rejects(submitted, check(submitted, planOf(submitted, dynamicEntityDao)))) {
            return submitted;
        }
        return updateAsBroadleaf(persistencePackage, helper);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (!planService.isDraft(planOf(submitted, dynamicEntityDao))) {
            throw refusal(submitted, rules.notDraft(CommissionPlanRules.ROLE));
        }
        removeAsBroadleaf(persistencePackage, helper);
    }

    private List<FieldViolation> check(Entity submitted, Long planId) {
        if (!planService.isDraft(planId)) {
            return rules.notDraft(CommissionPlanRules.ROLE);
        }
        return rules.checkRule(valueOf(submitted, CommissionPlanRules.ROLE), valueOf(submitted, CommissionPlanRules.RATE),
                valueOf(submitted, EXCLUDED));
    }

    /** The rule's plan: as the Rules list submits it, or else the stored rule's. */
    private static Long planOf(Entity submitted, DynamicEntityDao dynamicEntityDao) throws ServiceException {
        Long planId = idOf(submitted, PLAN);
        if (planId != null) {
            return planId;
        }
        Long ruleId = idOf(submitted, ID);
        if (ruleId == null) {
            return null;
        }
        CommissionRule stored = (CommissionRule) dynamicEntityDao.retrieve(typeOf(submitted), ruleId);
        return stored == null || stored.getPlan() == null ? null : stored.getPlan().getId();
    }
}
