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

    /**
     * Sends the submitted order through the commission pipeline as an {@code OWN_MALL} channel order, inside the
     * checkout's transaction. Does nothing (and logs why) when the registry has no active {@code OWN_MALL} channel or
     * the plugin's secrets are not set, so the checkout still succeeds.
     *
     * @param shareCode the signed share code that led to the purchase, or {@code null}
     */
    void recordChannelOrder(Order order, String shareCode, java.util.Date sharedAt);
}
