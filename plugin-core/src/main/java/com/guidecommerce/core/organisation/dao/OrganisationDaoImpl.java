package com.guidecommerce.core.organisation.dao;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.RegionImpl;
import com.guidecommerce.core.organisation.domain.FranchiseeImpl;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class OrganisationDaoImpl implements OrganisationDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public Region createRegion() {
        return (Region) entityConfiguration.createEntityInstance(Region.class.getName());
    }

    @Override
    public Franchisee createFranchisee() {
        return (Franchisee) entityConfiguration.createEntityInstance(Franchisee.class.getName());
    }

    @Override
    public Store createStore() {
        return (Store) entityConfiguration.createEntityInstance(Store.class.getName());
    }

    @Override
    public Guide createGuide() {
        return (Guide) entityConfiguration.createEntityInstance(Guide.class.getName());
    }

    @Override
    public <T> T save(T entity) {
        return em.merge(entity);
    }

    @Override
    public Region readRegionByCode(String code) {
        return single(em.createQuery("select r from " + RegionImpl.class.getName() + " r where r.code = :code",
                Region.class).setParameter("code", code));
    }

    @Override
    public Franchisee readFranchiseeByCode(String code) {
        return single(em.createQuery("select f from " + FranchiseeImpl.class.getName() + " f where f.code = :code",
                Franchisee.class).setParameter("code", code));
    }

    @Override
    public Store readStoreByCode(String code) {
        return single(em.createQuery("select s from " + StoreImpl.class.getName() + " s where s.code = :code",
                Store.class).setParameter("code", code));
    }

    @Override
    public List<Store> readActiveStores() {
        return em.createQuery("select s from " + StoreImpl.class.getName()
                + " s where s.active = true order by s.code", Store.class).getResultList();
    }

    @Override
    public Guide readGuideByCode(String guideCode) {
        return single(em.createQuery("select g from " + GuideImpl.class.getName() + " g where g.guideCode = :code",
                Guide.class).setParameter("code", guideCode));
    }

    @Override
    public Guide readGuideByCustomerId(Long customerId) {
        return single(em.createQuery("select g from " + GuideImpl.class.getName()
                + " g where g.customer.id = :customerId", Guide.class).setParameter("customerId", customerId));
    }

    @Override
    public List<Guide> readGuidesByStore(Long storeId) {
        return em.createQuery("select g from " + GuideImpl.class.getName()
                + " g where g.store.id = :storeId order by g.guideCode", Guide.class)
                .setParameter("storeId", storeId).getResultList();
    }

    @Override
    public Guide readGuideForUpdate(Long guideId) {
        return em.find(GuideImpl.class, guideId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<TierHolding> readActiveGuideTiers() {
        List<Object[]> rows = em.createQuery("select g.id, g.guideCode, g.tier from " + GuideImpl.class.getName()
                + " g where g.status = :active order by g.id", Object[].class)
                .setParameter("active", GuideStatus.ACTIVE.getType()).getResultList();
        return TierHolding.of(rows);
    }

    @Override
    public long countStoresWithCode(String code, Long excludingId) {
        return em.createQuery("select count(s) from " + StoreImpl.class.getName()
                + " s where s.code = :code and (:id is null or s.id <> :id)", Long.class)
                .setParameter("code", code).setParameter("id", excludingId).getSingleResult();
    }

    private static <T> T single(TypedQuery<T> query) {
        List<T> result = query.setMaxResults(1).getResultList();
        return result.isEmpty() ? null : result.get(0);
    }
}
