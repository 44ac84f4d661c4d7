package com.guidecommerce.core.departure.dao;

import com.guidecommerce.core.binding.domain.MemberBindingImpl;
import com.guidecommerce.core.departure.domain.GuideDeparture;
import com.guidecommerce.core.departure.domain.GuideDepartureImpl;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

public class DepartureDaoImpl implements DepartureDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Guide readGuide(Long guideId) {
        return em.find(GuideImpl.class, guideId);
    }

    @Override
    public Guide readGuideForUpdate(Long guideId) {
        return em.find(GuideImpl.class, guideId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public GuideDeparture readDepartureOf(Long guideId) {
        List<GuideDeparture> found = em.createQuery("select d from " + GuideDepartureImpl.class.getName()
                + " d where d.guide.id = :guideId", GuideDeparture.class)
                .setParameter("guideId", guideId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public GuideDeparture save(GuideDeparture departure) {
        em.persist(departure);
        em.flush();
        return departure;
    }

    @Override
    public Map<Long, Long> readGuideAccountsAmongMembersOf(Long guideId) {
        List<Object[]> rows = em.createQuery("select b.member.id, g.id from " + MemberBindingImpl.class.getName()
                + " b, " + GuideImpl.class.getName() + " g where b.guide.id = :guideId and g.customer.id = b.member.id",
                Object[].class).setParameter("guideId", guideId).getResultList();
        Map<Long, Long> accounts = new HashMap<Long, Long>();
        for (Object[] row : rows) {
            accounts.put((Long) row[0], (Long) row[1]);
        }
        return accounts;
    }
}
