package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingRecordImpl;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelEventRecordImpl;
import com.guidecommerce.core.channel.domain.ChannelImpl;
import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.CommissionEntryImpl;
import com.guidecommerce.core.commission.domain.CommissionPlanImpl;
import com.guidecommerce.core.commission.domain.CommissionRuleImpl;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class CommissionExplainServiceImpl implements CommissionExplainService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Explanation explain(Long entryId) {
        CommissionEntry entry = entryId == null ? null : em.find(CommissionEntryImpl.class, entryId);
        if (entry == null) {
            return null;
        }
        Explanation explanation = new Explanation(entry);
        ChannelOrder order = entry.getOrder();
        explanation.setChannel(channel(entry.getChannelCode()));
        Long recordedBinding = entry.getBindingRecordId() != null ? entry.getBindingRecordId() : order.getBindingRecordId();
        if (recordedBinding != null) {
            explanation.setBinding(find(BindingRecordImpl.class, recordedBinding), true);
        } else {
            explanation.setBinding(bindingAtPaidTime(order), false);
        }
        explanation.setPlan(find(CommissionPlanImpl.class, entry.getPlanId()));
        explanation.setRule(find(CommissionRuleImpl.class, entry.getRuleId()));
        explanation.setEvent(find(ChannelEventRecordImpl.class, entry.getEventId()));
        if (explanation.isReversal()) {
            explanation.setReversedEntry(find(CommissionEntryImpl.class, entry.getReversesEntryId()));
        } else {
            explanation.setReversals(reversalsOf(entry));
        }
        return explanation;
    }

    private Channel channel(String code) {
        List<Channel> channels = em.createQuery("select c from " + ChannelImpl.class.getName() + " c where c.code = :code",
                Channel.class).setParameter("code", code).getResultList();
        return channels.isEmpty() ? null : channels.get(0);
    }

    /** The member's latest binding history record at the order's paid time; {@code null} for a release or none. */
    private BindingRecord bindingAtPaidTime(ChannelOrder order) {
        if (order.getCustomer() == null || order.getPaidAt() == null) {
            return null;
        }
        List<BindingRecord> records = em.createQuery("select r from " + BindingRecordImpl.class.getName()
                + " r where r.member.id = :customerId and r.occurredAt <= :paidAt order by r.occurredAt desc, r.id desc",
                BindingRecord.class)
                .setParameter("customerId", order.getCustomer().getId())
                .setParameter("paidAt", order.getPaidAt())
                .setMaxResults(1)
                .getResultList();
        return records.isEmpty() || records.get(0).getGuide() == null ? null : records.get(0);
    }

    private List<CommissionEntry> reversalsOf(CommissionEntry entry) {
        return em.createQuery("select e from " + CommissionEntryImpl.class.getName()
                + " e where e.reversesEntryId = :id order by e.createdAt, e.id", CommissionEntry.class)
                .setParameter("id", entry.getId())
                .getResultList();
    }

    private <T> T find(Class<T> type, Long id) {
        return id == null ? null : em.find(type, id);
    }
}
