package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.CommissionEntryImpl;
import com.guidecommerce.core.commission.domain.CommissionPlanImpl;
import com.guidecommerce.core.commission.domain.CommissionRuleImpl;
import com.guidecommerce.core.commission.domain.OrderAttribution;
import com.guidecommerce.core.commission.domain.OrderAttributionImpl;

import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class CommissionExplainServiceImpl implements CommissionExplainService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Override
    public Explanation explain(Long entryId) {
        CommissionEntry entry = entryId == null ? null : em.find(CommissionEntryImpl.class, entryId);
        if (entry == null) {
            return null;
        }
        Explanation explanation = new Explanation(entry);
        ChannelOrder order = entry.getOrder();
        if (order == null) {
            // A bonus: no order, channel, attribution or rule earned it; its reference says what did.
            return explanation;
        }
        explanation.setChannel(channelService.findByCode(entry.getChannelCode()));
        OrderAttribution attribution = find(OrderAttributionImpl.class, order.getId());
        explanation.setAttribution(attribution);
        Long recordedBinding = entry.getBindingRecordId() != null ? entry.getBindingRecordId()
                : attribution == null ? null : attribution.getBindingRecordId();
        if (recordedBinding != null) {
            explanation.setBinding(bindingService.findRecord(recordedBinding), true);
        } else if (order.getCustomer() != null && order.getPaidAt() != null) {
            explanation.setBinding(bindingService.findRecordAt(order.getCustomer().getId(), order.getPaidAt()), false);
        }
        explanation.setPlan(find(CommissionPlanImpl.class, entry.getPlanId()));
        explanation.setRule(find(CommissionRuleImpl.class, entry.getRuleId()));
        explanation.setEvent(channelService.findEvent(entry.getEventId()));
        if (explanation.isReversal()) {
            explanation.setReversedEntry(find(CommissionEntryImpl.class, entry.getReversesEntryId()));
        } else {
            explanation.setReversals(reversalsOf(entry));
        }
        return explanation;
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
