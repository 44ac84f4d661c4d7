package com.guidecommerce.core.mallorder.service;

import com.guidecommerce.core.mallorder.domain.MallOrderRecord;
import org.broadleafcommerce.core.order.domain.Order;

/** Records submitted own-mall orders for attribution. Bean name {@code gcMallOrderService}. */
public interface MallOrderService {

    /**
     * Records a submitted order once: a second call for the same order returns the existing record unchanged.
     *
     * @param shareCode the share code seen in the shopper's session, or {@code null}
     */
    MallOrderRecord recordSubmittedOrder(Order order, String shareCode);

    MallOrderRecord findByOrderId(Long orderId);
}
