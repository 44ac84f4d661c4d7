package com.guidecommerce.core.distribution.dao;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorEventImpl;
import com.guidecommerce.core.distribution.domain.DistributorImpl;
import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.distribution.domain.DistributorInvitationImpl;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.Date;
import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class DistributionDaoImpl implements DistributionDao {

    private static final String CURRENT_OF_GUIDE = " d where d.guide.id = :guideId and d.status <> :ended";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public Distributor createDistributor() {
        return (Distributor) entityConfiguration.createEntityInstance(Distributor.class.getName());
    }

    @Override
    public DistributorInvitation createInvitation() {
        return (DistributorInvitation) entityConfiguration.createEntityInstance(DistributorInvitation.class.getName());
    }

    @Override
    public DistributorInvitation readInvitation(String token) {
        return first(invitationByToken(token));
    }

    @Override
    public DistributorInvitation readInvitationForUpdate(String token) {
        return first(invitationByToken(token).setLockMode(LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Distributor readDistributor(Long id) {
        return em.find(DistributorImpl.class, id);
    }

    @Override
    public Distributor readDistributorForUpdate(Long id) {
        return readFreshLocked(DistributorImpl.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Long readGuideIdOf(Long distributorId) {
        return first(em.createQuery("select d.guide.id from " + DistributorImpl.class.getName()
                + " d where d.id = :id", Long.class).setParameter("id", distributorId));
    }

    @Override
    public Guide readGuideShareLocked(Long guideId) {
        return readFreshLocked(GuideImpl.class, guideId, LockModeType.PESSIMISTIC_READ);
    }

    private <T> T readFreshLocked(Class<T> type, Long id, LockModeType lock) {
        T entity = em.find(type, id);
        if (entity != null) {
            // The admin's request keeps its entity manager open: an entity it read before this transaction would
            // otherwise keep its old state, and a rule would be checked against a status another admin has changed.
            em.refresh(entity, lock);
        }
        return entity;
    }

    @Override
    public boolean markInvitationUsed(Long invitationId, Long customerId, Date at) {
        return em.createQuery("update " + DistributorInvitationImpl.class.getName() + " i set i.acceptedBy.id ="
                + " :customerId, i.acceptedAt = :at where i.id = :id and i.acceptedBy is null")
                .setParameter("customerId", customerId).setParameter("at", at).setParameter("id", invitationId)
                .executeUpdate() == 1;
    }

    @Override
    public Distributor readByCustomer(Long customerId) {
        return first(distributorByCustomer(customerId));
    }

    @Override
    public Distributor readByCustomerForUpdate(Long customerId) {
        return first(distributorByCustomer(customerId).setLockMode(LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Distributor readByCode(String code) {
        return first(em.createQuery("select d from " + DistributorImpl.class.getName() + " d where d.code = :code",
                Distributor.class).setParameter("code", code));
    }

    @Override
    public List<Distributor> readCurrentOf(Long guideId) {
        return em.createQuery("select d from " + DistributorImpl.class.getName() + CURRENT_OF_GUIDE
                + " order by d.joinedAt desc, d.id desc", Distributor.class)
                .setParameter("guideId", guideId).setParameter("ended", DistributorStatus.ENDED.getType())
                .getResultList();
    }

    @Override
    public List<TierHolding> readActiveTiers() {
        List<Object[]> rows = em.createQuery("select d.id, d.code, d.tier from " + DistributorImpl.class.getName()
                + " d where d.status = :active order by d.id", Object[].class)
                .setParameter("active", DistributorStatus.ACTIVE.getType()).getResultList();
        return TierHolding.of(rows);
    }

    @Override
    public long countCurrentOf(Long guideId) {
        return em.createQuery("select count(d) from " + DistributorImpl.class.getName() + CURRENT_OF_GUIDE, Long.class)
                .setParameter("guideId", guideId).setParameter("ended", DistributorStatus.ENDED.getType())
                .getSingleResult();
    }

    @Override
    public <T> T save(T entity) {
        if (em.contains(entity)) {
            return entity;
        }
        em.persist(entity);
        return entity;
    }

    @Override
    public DistributorEvent append(DistributorEvent event) {
        em.persist(event);
        return event;
    }

    @Override
    public List<DistributorEvent> readHistory(Long distributorId) {
        return em.createQuery("select e from " + DistributorEventImpl.class.getName()
                + " e where e.distributor.id = :distributorId order by e.occurredAt desc, e.id desc",
                DistributorEvent.class).setParameter("distributorId", distributorId).getResultList();
    }

    private TypedQuery<DistributorInvitation> invitationByToken(String token) {
        return em.createQuery("select i from " + DistributorInvitationImpl.class.getName() + " i where i.token = :token",
                DistributorInvitation.class).setParameter("token", token);
    }

    private TypedQuery<Distributor> distributorByCustomer(Long customerId) {
        return em.createQuery("select d from " + DistributorImpl.class.getName()
                + " d where d.member.id = :customerId", Distributor.class).setParameter("customerId", customerId);
    }

    private static <T> T first(TypedQuery<T> query) {
        List<T> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
