package com.guidecommerce.core.mallorder.service;

import org.broadleafcommerce.core.order.domain.Order;

import java.util.Date;

/**
 * Hands orders submitted in this Broadleaf mall to the channel feature as {@code OWN_MALL} channel orders, which is the
 * plugin's only record of them. Bean name {@code gcMallOrderService}.
 */
public interface MallOrderService {

    /**
     * Sends the submitted order through the commission pipeline as an {@code OWN_MALL} channel order, inside the
     * checkout's transaction; sending the same order again changes nothing. Records nothing (and logs why) when the
     * registry has no active {@code OWN_MALL} channel or the plugin's secrets are not set, so the checkout still
     * succeeds.
     *
     * @param shareCode the signed share code that led to the purchase, or {@code null}
     * @param sharedAt  when the shopper followed that share, or {@code null} when the code came with the cart
     */
    void recordChannelOrder(Order order, String shareCode, Date sharedAt);
}
