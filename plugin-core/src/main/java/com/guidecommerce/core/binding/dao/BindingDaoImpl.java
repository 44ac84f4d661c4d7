package com.guidecommerce.core.binding.dao;

import com.guidecommerce.core.binding.domain.BindingPolicy;
import com.guidecommerce.core.binding.domain.BindingPolicyImpl;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingRecordImpl;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.domain.MemberBindingImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class BindingDaoImpl implements BindingDao {

    private static final String VALID_BINDINGS_OF_GUIDE = " b where b.guide.id = :guideId"
            + " and (b.validUntil is null or b.validUntil > :now)";
    private static final String MEMBER_SEARCH = " and (lower(b.member.firstName) like :name escape '!'"
            + " or lower(b.member.lastName) like :name escape '!' or b.member.id = :number)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public MemberBinding createBinding() {
        return (MemberBinding) entityConfiguration.createEntityInstance(MemberBinding.class.getName());
    }

    @Override
    public MemberBinding readBindingForUpdate(Long customerId) {
        List<MemberBinding> found = em.createQuery("select b from " + MemberBindingImpl.class.getName()
                + " b where b.member.id = :customerId", MemberBinding.class)
                .setParameter("customerId", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public MemberBinding readBinding(Long customerId) {
        List<MemberBinding> found = em.createQuery("select b from " + MemberBindingImpl.class.getName()
                + " b where b.member.id = :customerId", MemberBinding.class)
                .setParameter("customerId", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public MemberBinding save(MemberBinding binding) {
        if (binding.getId() == null) {
            em.persist(binding);
            return binding;
        }
        return em.merge(binding);
    }

    @Override
    public BindingRecord append(BindingRecord record) {
        em.persist(record);
        return record;
    }

    @Override
    public List<BindingRecord> readHistory(Long customerId) {
        return em.createQuery("select r from " + BindingRecordImpl.class.getName()
                + " r where r.member.id = :customerId order by r.occurredAt desc, r.id desc", BindingRecord.class)
                .setParameter("customerId", customerId).getResultList();
    }

    @Override
    public List<MemberBinding> readValidBindingsOf(Long guideId, Date now, int offset, int limit) {
        return em.createQuery("select b from " + MemberBindingImpl.class.getName() + VALID_BINDINGS_OF_GUIDE
                + " order by b.boundAt desc, b.id desc", MemberBinding.class)
                .setParameter("guideId", guideId).setParameter("now", now)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countValidBindingsOf(Long guideId, Date now) {
        return em.createQuery("select count(b) from " + MemberBindingImpl.class.getName() + VALID_BINDINGS_OF_GUIDE,
                Long.class).setParameter("guideId", guideId).setParameter("now", now).getSingleResult();
    }

    @Override
    public List<MemberBinding> readValidBindingsOf(Long guideId, Date now, String search, int offset, int limit) {
        return memberSearch(em.createQuery("select b from " + MemberBindingImpl.class.getName()
                + VALID_BINDINGS_OF_GUIDE + MEMBER_SEARCH + " order by b.boundAt desc, b.id desc", MemberBinding.class),
                guideId, now, search).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countValidBindingsOf(Long guideId, Date now, String search) {
        return memberSearch(em.createQuery("select count(b) from " + MemberBindingImpl.class.getName()
                + VALID_BINDINGS_OF_GUIDE + MEMBER_SEARCH, Long.class), guideId, now, search).getSingleResult();
    }

    /** Binds the search: '!' escapes LIKE's wildcards (a backslash would itself need escaping on MySQL). */
    private static <T> TypedQuery<T> memberSearch(TypedQuery<T> query, Long guideId, Date now, String search) {
        String text = search.trim();
        Long number = text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
        return query.setParameter("guideId", guideId).setParameter("now", now)
                .setParameter("name", "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%")
                .setParameter("number", number == null ? Long.valueOf(-1) : number);
    }

    @Override
    public BindingPolicy readPolicy(BindingSource source) {
        List<BindingPolicy> found = em.createQuery("select p from " + BindingPolicyImpl.class.getName()
                + " p where p.source = :source", BindingPolicy.class)
                .setParameter("source", source.getType()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<BindingPolicy> readPolicies() {
        return em.createQuery("select p from " + BindingPolicyImpl.class.getName() + " p order by p.source",
                BindingPolicy.class).getResultList();
    }
}
