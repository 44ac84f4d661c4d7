package com.guidecommerce.core.memberday.service;

import java.math.BigDecimal;
import java.util.Date;

/**
 * How many times the usual points a member earns for an order paid at a moment: a member-day campaign's multiplier
 * for the member's tier when the order falls on one of its days (in its store's time zone) and in its channel and
 * store scope, otherwise one. The points ledger asks it; member days answer it. Bean {@code gcPointsMultipliers}.
 */
public interface PointsMultipliers {

    /**
     * @param customerId the member
     * @param channelCode the order's channel (MALL, TMALL, POS …)
     * @param storeCode the order's store, {@code null} when the channel reports none
     * @param paidAt when the order was paid
     * @return the multiplier, at least one
     */
    BigDecimal multiplierFor(Long customerId, String channelCode, String storeCode, Date paidAt);

    /** No campaign: every order earns the usual points. */
    final class None implements PointsMultipliers {

        @Override
        public BigDecimal multiplierFor(Long customerId, String channelCode, String storeCode, Date paidAt) {
            return BigDecimal.ONE;
        }
    }
}
