package com.guidecommerce.core.membertier.dao;

import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.domain.MemberTierChange;
import com.guidecommerce.core.membertier.domain.MemberTierChangeImpl;
import com.guidecommerce.core.membertier.domain.MemberTierImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class MemberTierDaoImpl implements MemberTierDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public MemberTier createTier() {
        return (MemberTier) entityConfiguration.createEntityInstance(MemberTier.class.getName());
    }

    @Override
    public MemberTier save(MemberTier tier) {
        return em.merge(tier);
    }

    @Override
    public List<MemberTier> readTiers() {
        return em.createQuery("select t from " + MemberTierImpl.class.getName() + " t order by t.rank",
                MemberTier.class).getResultList();
    }

    @Override
    public MemberTierChange append(MemberTierChange change) {
        em.persist(change);
        return change;
    }

    @Override
    public List<MemberTierChange> readHistory(Long customerId, int maxResults) {
        return em.createQuery("select c from " + MemberTierChangeImpl.class.getName()
                + " c where (:customerId is null or c.customerId = :customerId)"
                + " order by c.changedAt desc, c.id desc", MemberTierChange.class)
                .setParameter("customerId", customerId).setMaxResults(maxResults).getResultList();
    }
}
