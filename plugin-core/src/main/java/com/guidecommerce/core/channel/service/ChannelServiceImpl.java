package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelEventRecord;
import com.guidecommerce.core.channel.domain.ChannelEventRecordImpl;
import com.guidecommerce.core.channel.domain.ChannelImpl;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class ChannelServiceImpl implements ChannelService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Channel findByCode(String code) {
        if (code == null) {
            return null;
        }
        List<Channel> found = em.createQuery("select c from " + ChannelImpl.class.getName() + " c where c.code = :code",
                Channel.class).setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<Channel> findAll() {
        return em.createQuery("select c from " + ChannelImpl.class.getName() + " c order by c.code", Channel.class)
                .getResultList();
    }

    @Override
    public ChannelEventRecord findEvent(Long eventId) {
        return eventId == null ? null : em.find(ChannelEventRecordImpl.class, eventId);
    }
}
