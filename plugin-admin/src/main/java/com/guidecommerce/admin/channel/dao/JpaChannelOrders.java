package com.guidecommerce.admin.channel.dao;

import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.ChannelOrderImpl;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Reads channel orders for the admin's pages. The ingest pipeline writes them with JDBC, so Broadleaf's entity
 * configuration knows no implementation to look up; this reads the mapped table directly. Bean {@code gcChannelOrders}.
 */
public class JpaChannelOrders {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The order with this id, or {@code null}. */
    public ChannelOrder find(Long id) {
        return id == null ? null : em.find(ChannelOrderImpl.class, id);
    }
}
