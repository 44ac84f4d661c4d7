package com.guidecommerce.core.channel.dao;

import com.guidecommerce.core.channel.domain.ChannelOrderImpl;
import com.guidecommerce.core.channel.domain.MatchStatus;
import com.guidecommerce.core.channel.service.ChannelOrderRef;
import com.guidecommerce.core.channel.service.MemberSpend;
import com.guidecommerce.core.channel.service.PaidOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class ChannelOrderDaoImpl implements ChannelOrderDao {

    /** Members per query: keeps each IN list well inside what MySQL and HSQLDB parse and plan quickly. */
    static final int MEMBERS_PER_QUERY = 1000;

    private static final String MATCHED_ORDERS_OF_MEMBERS = " from " + ChannelOrderImpl.class.getName()
            + " o where o.customer.id in (:customerIds) and o.matchStatus = :matched";

    /** The columns of a {@link PaidOrder}, in its constructor's order. */
    private static final String PAID_ORDER_FACTS = "select o.customer.id, o.channelCode, o.orderNo, o.paidAt,"
            + " o.paidAmount, o.refundedAmount, o.completedAt, o.returnWindowEndsAt";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Set<Long> readMembersWithOrders(Collection<Long> customerIds) {
        Set<Long> buyers = new HashSet<Long>();
        for (List<Long> chunk : chunks(customerIds)) {
            buyers.addAll(em.createQuery("select distinct o.customer.id" + MATCHED_ORDERS_OF_MEMBERS, Long.class)
                    .setParameter("customerIds", chunk).setParameter("matched", MatchStatus.MATCHED.name())
                    .getResultList());
        }
        return buyers;
    }

    @Override
    public List<PaidOrder> readOrdersPaidSince(Collection<Long> customerIds, Date paidSince) {
        List<PaidOrder> orders = new ArrayList<PaidOrder>();
        for (List<Long> chunk : chunks(customerIds)) {
            orders.addAll(paidOrders(em.createQuery(PAID_ORDER_FACTS
                    + MATCHED_ORDERS_OF_MEMBERS + " and o.paidAt >= :paidSince order by o.paidAt, o.id", Object[].class)
                    .setParameter("customerIds", chunk).setParameter("matched", MatchStatus.MATCHED.name())
                    .setParameter("paidSince", paidSince).getResultList()));
        }
        return orders;
    }

    @Override
    public List<PaidOrder> readMemberOrders(Long customerId, String channelCode, Collection<String> orderNos) {
        return paidOrders(em.createQuery(PAID_ORDER_FACTS + " from " + ChannelOrderImpl.class.getName()
                + " o where o.customer.id = :customerId and o.channelCode = :channelCode and o.orderNo in (:orderNos)",
                Object[].class)
                .setParameter("customerId", customerId).setParameter("channelCode", channelCode)
                .setParameter("orderNos", orderNos).getResultList());
    }

    @Override
    public ChannelOrderRef readOrder(String channelCode, String orderNo) {
        List<Object[]> rows = em.createQuery("select o.id, o.channelCode, o.orderNo, c.id, o.storeCode,"
                + " o.paidAt from " + ChannelOrderImpl.class.getName() + " o left join o.customer c"
                + " where o.channelCode = :channelCode and o.orderNo = :orderNo", Object[].class)
                .setParameter("channelCode", channelCode).setParameter("orderNo", orderNo).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new ChannelOrderRef((Long) row[0], (String) row[1], (String) row[2], (Long) row[3], (String) row[4],
                (Date) row[5]);
    }

    private static List<PaidOrder> paidOrders(List<Object[]> rows) {
        List<PaidOrder> orders = new ArrayList<PaidOrder>(rows.size());
        for (Object[] row : rows) {
            orders.add(new PaidOrder((Long) row[0], (String) row[1], (String) row[2], (Date) row[3],
                    (BigDecimal) row[4], (BigDecimal) row[5], (Date) row[6], (Date) row[7]));
        }
        return orders;
    }

    @Override
    public List<PaidOrder> readOrdersPaidBetween(Date from, Date to) {
        return paidOrders(em.createQuery(PAID_ORDER_FACTS + " from " + ChannelOrderImpl.class.getName()
                + " o where o.matchStatus = :matched and o.paidAt >= :from and o.paidAt < :to order by o.paidAt, o.id",
                Object[].class)
                .setParameter("matched", MatchStatus.MATCHED.name())
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    @Override
    public Map<Long, MemberSpend> readSpendOf(Collection<Long> customerIds) {
        Map<Long, MemberSpend> spend = new HashMap<Long, MemberSpend>();
        for (List<Long> chunk : chunks(customerIds)) {
            Map<Long, Object[]> totals = new HashMap<Long, Object[]>();
            for (Object[] row : em.createQuery("select o.customer.id, sum(o.paidAmount), sum(o.refundedAmount),"
                    + " count(o), max(o.paidAt)" + MATCHED_ORDERS_OF_MEMBERS + " group by o.customer.id",
                    Object[].class).setParameter("customerIds", chunk)
                    .setParameter("matched", MatchStatus.MATCHED.name()).getResultList()) {
                totals.put((Long) row[0], row);
            }
            if (totals.isEmpty()) {
                continue;
            }
            // The channel of each member's latest order: the last one read, orders at the same moment by arrival.
            Map<Long, String> lastChannel = new HashMap<Long, String>();
            for (Object[] row : em.createQuery("select o.customer.id, o.channelCode" + MATCHED_ORDERS_OF_MEMBERS
                    + " and o.paidAt = (select max(p.paidAt) from " + ChannelOrderImpl.class.getName()
                    + " p where p.customer.id = o.customer.id and p.matchStatus = :matched) order by o.id",
                    Object[].class).setParameter("customerIds", new ArrayList<Long>(totals.keySet()))
                    .setParameter("matched", MatchStatus.MATCHED.name()).getResultList()) {
                lastChannel.put((Long) row[0], (String) row[1]);
            }
            for (Object[] row : totals.values()) {
                BigDecimal refunded = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
                spend.put((Long) row[0], new MemberSpend((Long) row[0], ((BigDecimal) row[1]).subtract(refunded),
                        ((Number) row[3]).longValue(), (Date) row[4], lastChannel.get(row[0])));
            }
        }
        return spend;
    }

    private static List<List<Long>> chunks(Collection<Long> customerIds) {
        List<Long> ids = new ArrayList<Long>(customerIds);
        List<List<Long>> chunks = new ArrayList<List<Long>>();
        for (int from = 0; from < ids.size(); from += MEMBERS_PER_QUERY) {
            chunks.add(ids.subList(from, Math.min(from + MEMBERS_PER_QUERY, ids.size())));
        }
        return chunks;
    }
}
