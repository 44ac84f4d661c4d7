package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionPlanImpl;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.commission.domain.PlanStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class CommissionPlanServiceImpl implements CommissionPlanService {

    private static final Log LOG = LogFactory.getLog(CommissionPlanServiceImpl.class);

    private static final String PLANS = " from " + CommissionPlanImpl.class.getName() + " p";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CommissionPlan findPlan(Long planId) {
        return planId == null ? null : em.find(CommissionPlanImpl.class, planId);
    }

    @Override
    public CommissionPlan findActivePlan() {
        List<CommissionPlan> active = activePlans(LockModeType.NONE);
        return active.isEmpty() ? null : active.get(0);
    }

    @Override
    public int nextVersionNo() {
        Integer highest = em.createQuery("select max(p.versionNo)" + PLANS, Integer.class).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    @Override
    @Transactional("blTransactionManager")
    public CommissionPlan publish(Long planId, String actor) {
        CommissionPlan draft = lockedPlan(planId);
        if (!PlanStatus.DRAFT.getType().equals(draft.getStatus())) {
            throw new CommissionPlanException(CommissionPlanException.NOT_DRAFT,
                    "Plan version " + draft.getVersionNo() + " is " + draft.getStatus() + ", only a draft can be published");
        }
        if (draft.getRules().isEmpty()) {
            throw new CommissionPlanException(CommissionPlanException.NO_RULES,
                    "Plan version " + draft.getVersionNo() + " has no rules");
        }
        Date now = SystemTime.asDate();
        // Locking the version in force makes two publications queue instead of leaving two plans active.
        for (CommissionPlan previous : activePlans(LockModeType.PESSIMISTIC_WRITE)) {
            previous.setStatus(PlanStatus.RETIRED.getType());
            LOG.info("Commission plan version " + previous.getVersionNo() + " retired by " + actor);
        }
        draft.setStatus(PlanStatus.ACTIVE.getType());
        draft.setEffectiveFrom(now);
        draft.setPublishedAt(now);
        draft.setPublishedBy(actor);
        LOG.info("Commission plan version " + draft.getVersionNo() + " published by " + actor);
        return draft;
    }

    @Override
    @Transactional("blTransactionManager")
    public CommissionPlan newVersion(Long planId, String actor) {
        CommissionPlan source = findPlan(planId);
        if (source == null) {
            throw notFound(planId);
        }
        CommissionPlan copy = entityConfiguration.createEntityInstance(CommissionPlan.class.getName(), CommissionPlan.class);
        copy.setVersionNo(nextVersionNo());
        copy.setName(source.getName());
        copy.setStatus(PlanStatus.DRAFT.getType());
        copy.setCapPercent(source.getCapPercent());
        copy.setCurrency(source.getCurrency());
        copy.setCreatedAt(SystemTime.asDate());
        copy.setCreatedBy(actor);
        for (CommissionRule rule : source.getRules()) {
            copy.getRules().add(copyOf(rule, copy));
        }
        em.persist(copy);
        LOG.info("Commission plan version " + copy.getVersionNo() + " copied from version " + source.getVersionNo()
                + " by " + actor);
        return copy;
    }

    @Override
    public boolean isDraft(Long planId) {
        CommissionPlan plan = findPlan(planId);
        return plan != null && PlanStatus.DRAFT.getType().equals(plan.getStatus());
    }

    private CommissionRule copyOf(CommissionRule rule, CommissionPlan plan) {
        CommissionRule copy = entityConfiguration.createEntityInstance(CommissionRule.class.getName(), CommissionRule.class);
        copy.setPlan(plan);
        copy.setRole(rule.getRole());
        copy.setRatePercent(rule.getRatePercent());
        copy.setExcluded(rule.getExcluded());
        copy.setChannelCode(rule.getChannelCode());
        copy.setCategory(rule.getCategory());
        copy.setProduct(rule.getProduct());
        copy.setGuideTier(rule.getGuideTier());
        copy.setNote(rule.getNote());
        return copy;
    }

    private CommissionPlan lockedPlan(Long planId) {
        CommissionPlan plan = planId == null ? null : em.find(CommissionPlanImpl.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw notFound(planId);
        }
        return plan;
    }

    private List<CommissionPlan> activePlans(LockModeType lock) {
        TypedQuery<CommissionPlan> query = em.createQuery("select p" + PLANS
                + " where p.status = :status order by p.effectiveFrom desc, p.versionNo desc", CommissionPlan.class)
                .setParameter("status", PlanStatus.ACTIVE.getType());
        // A lock needs a transaction; plain reads run without one.
        return lock == LockModeType.NONE ? query.getResultList() : query.setLockMode(lock).getResultList();
    }

    private static CommissionPlanException notFound(Long planId) {
        return new CommissionPlanException(CommissionPlanException.NOT_FOUND, "No commission plan " + planId);
    }
}
