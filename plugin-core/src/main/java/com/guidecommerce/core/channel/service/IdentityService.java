package com.guidecommerce.core.channel.service;

/**
 * Recognising channel buyers as members. When HQ identifies the buyer of an unmatched order, the buyer's phone hash and
 * platform buyer id are recorded as the member's identities and every unmatched order they name is attributed at once.
 */
public interface IdentityService {

    /**
     * @return how many unmatched orders were attributed to the member as a result
     * @throws ChannelException when the order or member does not exist, or the order is already matched
     */
    int identify(Long channelOrderId, Long customerId, String actor);
}
