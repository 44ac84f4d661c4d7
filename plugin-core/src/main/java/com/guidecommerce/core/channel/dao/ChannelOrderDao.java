package com.guidecommerce.core.channel.dao;

import com.guidecommerce.core.channel.service.ChannelOrderRef;
import com.guidecommerce.core.channel.service.MemberSpend;
import com.guidecommerce.core.channel.service.PaidOrder;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads members' orders in GC_CHANNEL_ORDER for the channel feature's read API: the order facts (number, channel,
 * buyer, payment, refunds, completion), never the attribution the commission engine keeps.
 */
public interface ChannelOrderDao {

    /** The members among {@code customerIds} who are the matched buyer of at least one order. */
    Set<Long> readMembersWithOrders(Collection<Long> customerIds);

    /**
     * The orders of these members paid at or after {@code paidSince}; each member's in payment order, then by arrival.
     */
    List<PaidOrder> readOrdersPaidSince(Collection<Long> customerIds, Date paidSince);

    /** The orders of the channel among {@code orderNos} whose buyer is this member. */
    List<PaidOrder> readMemberOrders(Long customerId, String channelCode, Collection<String> orderNos);
    /** The channel's order with this canonical number, matched or not, or {@code null}. */
    ChannelOrderRef readOrder(String channelCode, String orderNo);

    /** Matched orders paid in {@code [from, to)}, in payment order. */
    List<PaidOrder> readOrdersPaidBetween(Date from, Date to);

    /** Net spend, order count and latest purchase of those of these members who ever bought, by customer id. */
    Map<Long, MemberSpend> readSpendOf(Collection<Long> customerIds);
}
