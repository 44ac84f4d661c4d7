package com.guidecommerce.core.mallorder.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.mallorder.domain.MallOrderRecord;
import com.guidecommerce.core.mallorder.domain.MallOrderRecordImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class MallOrderServiceImpl implements MallOrderService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private static final Log LOG = LogFactory.getLog(MallOrderServiceImpl.class);

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcChannelIngestService")
    protected ChannelIngestService ingestService;

    /** Whether a checkout also completes the order (shops without a fulfilment feed); see gc.ownMall.completeOnCheckout. */
    protected boolean completeOnCheckout;

    public void setCompleteOnCheckout(boolean completeOnCheckout) {
        this.completeOnCheckout = completeOnCheckout;
    }

    @Override
    @Transactional("blTransactionManager")
    public MallOrderRecord recordSubmittedOrder(Order order, String shareCode) {
        MallOrderRecord existing = findByOrderId(order.getId());
        if (existing != null) {
            return existing;
        }
        MallOrderRecord record = (MallOrderRecord) entityConfiguration.createEntityInstance(MallOrderRecord.class.getName());
        record.setOrderId(order.getId());
        record.setOrderNumber(order.getOrderNumber());
        record.setCustomerId(order.getCustomer().getId());
        record.setCurrencyCode(order.getCurrency() == null ? null : order.getCurrency().getCurrencyCode());
        record.setMerchandisePaid(merchandisePaid(order));
        record.setOrderTotal(order.getTotal());
        record.setItemCount(order.getItemCount());
        record.setShareCode(shareCode);
        record.setSubmittedAt(order.getSubmitDate() != null ? order.getSubmitDate() : SystemTime.asDate());
        em.persist(record);
        return record;
    }

    @Override
    public void recordChannelOrder(Order order, String shareCode, Date sharedAt) {
        Channel channel = channelService.findByCode(Channel.OWN_MALL);
        if (channel == null || !channel.isActive()) {
            LOG.warn("No active " + Channel.OWN_MALL + " channel: order " + order.getOrderNumber()
                    + " earns no commission");
            return;
        }
        Date paidAt = order.getSubmitDate() != null ? order.getSubmitDate() : SystemTime.asDate();
        List<ChannelEvent> events = new ArrayList<ChannelEvent>();
        events.add(OwnMallEvents.paid(order, shareCode, sharedAt, paidAt));
        if (completeOnCheckout) {
            events.add(OwnMallEvents.completed(order, paidAt));
        }
        List<IngestResult> results;
        try {
            results = ingestService.ingestEvents(channel, IngestSource.MALL, events);
        } catch (ChannelException e) {
            if (!e.isSecretsNotSet()) {
                throw e;
            }
            // The shop keeps selling while HQ sets the secrets; the order is kept in the own-mall order table.
            LOG.error("Order " + order.getOrderNumber() + " earns no commission: " + e.getMessage());
            return;
        }
        for (IngestResult result : results) {
            if (result.getStatus() == IngestResult.Status.REJECTED) {
                LOG.error("Order " + order.getOrderNumber() + " was not accepted as an own-mall channel order: "
                        + result.describeErrors());
            }
        }
    }

    @Override
    public MallOrderRecord findByOrderId(Long orderId) {
        List<MallOrderRecord> found = em.createQuery("select r from " + MallOrderRecordImpl.class.getName()
                + " r where r.orderId = :orderId", MallOrderRecord.class)
                .setParameter("orderId", orderId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Sub-total after item adjustments, less order-level discounts; shipping and tax are not merchandise. */
    private static Money merchandisePaid(Order order) {
        Money subTotal = order.getSubTotal();
        Money orderDiscount = order.getOrderAdjustmentsValue();
        return orderDiscount == null ? subTotal : subTotal.subtract(orderDiscount);
    }
}
