package com.guidecommerce.core.channel.order;

/**
 * Reacts to what happened to channel orders: the commission ledger is one; a host can add its own (points, spend
 * tiers, statistics) by declaring a bean that implements this interface in any of its Spring files.
 *
 * <p>Contract: {@link #onOrders} is called once per batch of deliveries, inside the transaction that applies them,
 * after the channel orders are written; a listener writes only its own tables, in bulk. An exception rolls the whole
 * batch back (the deliveries are then applied again in smaller parts, and a delivery that still fails alone is
 * stored FAILED), so a listener must not swallow failures nor do work it cannot roll back. Each fact comes once: a
 * delivery sent again, or a batch tried again after a rollback, is not reported twice. Listeners run in the order of
 * Spring's {@link org.springframework.core.Ordered} (lowest first; the commission ledger is 1000).
 */
public interface OrderListener {

    void onOrders(OrderFacts facts);
}
