package com.guidecommerce.admin.channel.dao;

import com.guidecommerce.admin.channel.rule.ChannelCodes;
import com.guidecommerce.core.channel.domain.ChannelImpl;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/** {@link ChannelCodes} over the GC_CHANNEL table. Bean {@code gcChannelCodes}. */
public class JpaChannelCodes implements ChannelCodes {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean isTaken(String code, Long channelId) {
        String jpql = "select count(c) from " + ChannelImpl.class.getName() + " c where c.code = :code"
                + (channelId == null ? "" : " and c.id <> :id");
        TypedQuery<Long> query = em.createQuery(jpql, Long.class).setParameter("code", code);
        if (channelId != null) {
            query.setParameter("id", channelId);
        }
        return query.getSingleResult() > 0;
    }
}
