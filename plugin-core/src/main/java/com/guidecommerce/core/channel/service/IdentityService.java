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

    /**
     * The same for a buyer who scanned the package card of the order and claimed it: the order shows as recognised by
     * package card, and every order attributed here that was paid while the member had no guide is credited to the
     * guide they have now (the card bound them to the store's guide just before). Orders paid while they had a guide
     * stay that guide's.
     */
    int identifyByPackageCard(Long channelOrderId, Long customerId, String actor);
}
