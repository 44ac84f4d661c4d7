package com.guidecommerce.core.tier.dao;

import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierChange;
import com.guidecommerce.core.tier.domain.TierChangeImpl;
import com.guidecommerce.core.tier.domain.TierImpl;
import com.guidecommerce.core.tier.domain.TierSubject;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.Date;
import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TemporalType;
import javax.persistence.TypedQuery;

public class TierDaoImpl implements TierDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public Tier createTier() {
        return (Tier) entityConfiguration.createEntityInstance(Tier.class.getName());
    }

    @Override
    public <T> T save(T entity) {
        return em.merge(entity);
    }

    @Override
    public List<Tier> readTiers(TierSubject subject) {
        return em.createQuery("select t from " + TierImpl.class.getName()
                + " t where t.subject = :subject order by t.rank", Tier.class)
                .setParameter("subject", subject.getType()).getResultList();
    }

    @Override
    public TierChange append(TierChange change) {
        em.persist(change);
        return change;
    }

    @Override
    public List<TierChange> readHistory(TierSubject subject, Long subjectId, int maxResults) {
        TypedQuery<TierChange> query = em.createQuery("select c from " + TierChangeImpl.class.getName()
                + " c where c.subject = :subject and (:subjectId is null or c.subjectId = :subjectId)"
                + " order by c.changedAt desc, c.id desc", TierChange.class)
                .setParameter("subject", subject.getType()).setParameter("subjectId", subjectId);
        return query.setMaxResults(maxResults).getResultList();
    }

    @Override
    public boolean claimEvaluation(TierSubject subject, String periodKey, String actor, Date at) {
        return em.createNativeQuery("UPDATE " + TierEvaluations.TABLE + " SET STATUS = ?, EVALUATED_AT = ?, ACTOR = ?"
                + " WHERE SUBJECT_KIND = ? AND PERIOD_KEY = ? AND STATUS = ?")
                .setParameter(1, TierEvaluations.DONE)
                .setParameter(2, at, TemporalType.TIMESTAMP)
                .setParameter(3, actor)
                .setParameter(4, subject.getType())
                .setParameter(5, periodKey)
                .setParameter(6, TierEvaluations.OPEN)
                .executeUpdate() == 1;
    }

    @Override
    public void recordEvaluation(TierSubject subject, String periodKey, int subjects, int changes) {
        em.createNativeQuery("UPDATE " + TierEvaluations.TABLE + " SET SUBJECTS = ?, CHANGES = ?"
                + " WHERE SUBJECT_KIND = ? AND PERIOD_KEY = ?")
                .setParameter(1, subjects).setParameter(2, changes)
                .setParameter(3, subject.getType()).setParameter(4, periodKey)
                .executeUpdate();
    }
}
