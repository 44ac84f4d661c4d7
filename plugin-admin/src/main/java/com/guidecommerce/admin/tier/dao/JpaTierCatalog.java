package com.guidecommerce.admin.tier.dao;

import com.guidecommerce.admin.tier.rule.TierCatalog;
import com.guidecommerce.core.tier.domain.TierImpl;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/** {@link TierCatalog} over the GC_TIER table. Bean {@code gcTierCatalog}. */
public class JpaTierCatalog implements TierCatalog {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean isCodeTaken(String code, Long tierId) {
        TypedQuery<Long> query = em.createQuery("select count(t) from " + TierImpl.class.getName()
                + " t where t.code = :code and (:id is null or t.id <> :id)", Long.class)
                .setParameter("code", code).setParameter("id", tierId);
        return query.getSingleResult() > 0;
    }

    @Override
    public boolean isRankTaken(String subject, int rank, Long tierId) {
        TypedQuery<Long> query = em.createQuery("select count(t) from " + TierImpl.class.getName()
                + " t where t.subject = :subject and t.rank = :rank and (:id is null or t.id <> :id)", Long.class)
                .setParameter("subject", subject).setParameter("rank", rank).setParameter("id", tierId);
        return query.getSingleResult() > 0;
    }
}
