package com.guidecommerce.core.channel.service;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The channel feature's orders as other features read them: members' paid orders in every channel, the own mall
 * included, so that "has bought" means the same wherever it is asked. Questions come in bulk (many members in, one
 * answer per member out) so a job over thousands of members asks once rather than once per member. Bean name
 * {@code gcChannelOrderService}.
 */
public interface ChannelOrderService {

    /** The members among {@code customerIds} with at least one paid order in any channel, refunded or not. */
    Set<Long> findMembersWithPaidOrder(Collection<Long> customerIds);

    /**
     * Each member's paid orders in any channel paid at or after the moment given for that member, in payment order
     * (orders paid at the same moment in the order they arrived). Members without such orders are absent.
     */
    Map<Long, List<PaidOrder>> findPaidOrdersSince(Map<Long, Date> paidSinceByMember);

    /**
     * The member's own orders of one channel among {@code orderNos}, by order number: what a shopper's order history
     * shows of them (paid, completed, refunded). Numbers the channel has no order of for this member are absent.
     */
    Map<String, PaidOrder> findMemberOrders(Long customerId, String channelCode, Collection<String> orderNos);

    /**
     * The channel's order with this number (matched or not), read as committed now, or {@code null} when it has not
     * arrived. The number is compared in its canonical spelling.
     */
    ChannelOrderRef findOrder(String channelCode, String orderNo);

    /** Identified members' orders paid in {@code [from, to)}, in payment order. */
    List<PaidOrder> findOrdersPaidBetween(Date from, Date to);

    /** The refunds applied to these orders of identified members, in the order they were applied. */
    List<OrderRefund> findRefundsOf(Collection<Long> orderIds);

    /**
     * The refunds applied to identified members' orders whose deliveries arrived at or after {@code receivedSince}
     * (a refund arrives after it happens, so this holds every refund that happened since then).
     */
    List<OrderRefund> findRefundsReceivedSince(Date receivedSince);

    /**
     * Each member's spend over all their paid orders in every channel and their latest purchase, for the members among
     * {@code customerIds} who ever bought; members who never did are absent.
     */
    Map<Long, MemberSpend> findSpendOf(Collection<Long> customerIds);
}
