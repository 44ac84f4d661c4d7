package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.dao.ChannelOrderDao;
import com.guidecommerce.core.channel.dao.OrderRefundReader;
import com.guidecommerce.core.channel.event.ChannelKeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Resource;

public class ChannelOrderServiceImpl implements ChannelOrderService {

    @Resource(name = "gcChannelOrderDao")
    protected ChannelOrderDao channelOrderDao;

    @Resource(name = "gcOrderRefundReader")
    protected OrderRefundReader refundReader;

    @Override
    public ChannelOrderRef findOrder(String channelCode, String orderNo) {
        return channelOrderDao.readOrder(channelCode, ChannelKeys.canonical(orderNo));
    }

    @Override
    public List<PaidOrder> findOrdersPaidBetween(Date from, Date to) {
        return channelOrderDao.readOrdersPaidBetween(from, to);
    }

    @Override
    public List<OrderRefund> findRefundsOf(Collection<Long> orderIds) {
        return orderIds.isEmpty() ? Collections.<OrderRefund>emptyList() : refundReader.ofOrders(orderIds);
    }

    @Override
    public List<OrderRefund> findRefundsReceivedSince(Date receivedSince) {
        return refundReader.receivedSince(receivedSince);
    }

    @Override
    public Set<Long> findMembersWithPaidOrder(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Collections.emptySet();
        }
        return Collections.unmodifiableSet(channelOrderDao.readMembersWithOrders(new HashSet<Long>(customerIds)));
    }

    @Override
    public Map<Long, List<PaidOrder>> findPaidOrdersSince(Map<Long, Date> paidSinceByMember) {
        if (paidSinceByMember.isEmpty()) {
            return Collections.emptyMap();
        }
        Date earliest = Collections.min(paidSinceByMember.values());
        Map<Long, List<PaidOrder>> byMember = new LinkedHashMap<Long, List<PaidOrder>>();
        for (PaidOrder order : channelOrderDao.readOrdersPaidSince(paidSinceByMember.keySet(), earliest)) {
            if (order.getPaidAt().before(paidSinceByMember.get(order.getCustomerId()))) {
                continue;
            }
            List<PaidOrder> orders = byMember.get(order.getCustomerId());
            if (orders == null) {
                orders = new ArrayList<PaidOrder>();
                byMember.put(order.getCustomerId(), orders);
            }
            orders.add(order);
        }
        for (Map.Entry<Long, List<PaidOrder>> entry : byMember.entrySet()) {
            entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
        return Collections.unmodifiableMap(byMember);
    }

    @Override
    public Map<String, PaidOrder> findMemberOrders(Long customerId, String channelCode, Collection<String> orderNos) {
        if (customerId == null || orderNos.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, PaidOrder> byNumber = new LinkedHashMap<String, PaidOrder>();
        for (PaidOrder order : channelOrderDao.readMemberOrders(customerId, channelCode, new HashSet<String>(orderNos))) {
            byNumber.put(order.getOrderNo(), order);
        }
        return Collections.unmodifiableMap(byNumber);
    }

    @Override
    public Map<Long, MemberSpend> findSpendOf(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Collections.emptyMap();
        }
        return Collections.unmodifiableMap(channelOrderDao.readSpendOf(new HashSet<Long>(customerIds)));
    }
}
