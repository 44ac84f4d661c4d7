package com.guidecommerce.core.mallorder.service;

import com.guidecommerce.core.mallorder.domain.MallOrderRecord;
import com.guidecommerce.core.mallorder.domain.MallOrderRecordImpl;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class MallOrderServiceImpl implements MallOrderService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

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
