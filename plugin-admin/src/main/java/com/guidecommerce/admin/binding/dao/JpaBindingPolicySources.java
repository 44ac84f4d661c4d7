package com.guidecommerce.admin.binding.dao;

import com.guidecommerce.admin.binding.rule.BindingPolicySources;
import com.guidecommerce.core.binding.domain.BindingPolicyImpl;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/** {@link BindingPolicySources} over the GC_BINDING_POLICY table. Bean {@code gcBindingPolicySources}. */
public class JpaBindingPolicySources implements BindingPolicySources {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean isTaken(String source, Long policyId) {
        String jpql = "select count(p) from " + BindingPolicyImpl.class.getName() + " p where p.source = :source"
                + (policyId == null ? "" : " and p.id <> :id");
        TypedQuery<Long> query = em.createQuery(jpql, Long.class).setParameter("source", source);
        if (policyId != null) {
            query.setParameter("id", policyId);
        }
        return query.getSingleResult() > 0;
    }
}
