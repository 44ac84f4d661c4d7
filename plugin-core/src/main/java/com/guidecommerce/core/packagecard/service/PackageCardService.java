package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.List;
import java.util.Map;

/**
 * Package cards (公转私): campaigns, the signed codes printed on cards, and what a buyer's scan and claim do. Bean
 * {@code gcPackageCardService}.
 *
 * <p>Claiming a card binds the member to the guide of the order's store (the campaign's store when the order names
 * none) under {@link com.guidecommerce.core.binding.domain.BindingSource#PACKAGE_CARD}'s policy, and links the
 * platform buyer of the card's order to the member through the channel feature's identification, which attributes
 * that order and every other unmatched order naming the buyer. A card whose order belongs to another account links
 * nothing and binds nothing. Each step is counted once in the campaign's funnel.
 */
public interface PackageCardService {

    PackageCardCampaign createCampaign();

    PackageCardCampaign saveCampaign(PackageCardCampaign campaign);

    PackageCardCampaign findCampaign(Long campaignId);

    List<PackageCardCampaign> findCampaigns();

    /**
     * The code to print on the card of an order ({@code orderNo} null: on every card of the campaign), to put in a
     * QR code as the path of {@code /card/{code}}.
     *
     * @throws PackageCardException     when the campaign does not exist
     * @throws IllegalArgumentException when the order number cannot be printed (see CardCodes)
     * @throws IllegalStateException    while the share secret is not set
     */
    String cardCode(Long campaignId, String orderNo);

    /** The codes of many orders' cards at once, by order number, for printing a batch. */
    Map<String, String> cardCodes(Long campaignId, List<String> orderNos);

    /**
     * The card behind a code.
     *
     * @throws PackageCardException INVALID_CODE for a forged or altered code, UNKNOWN_CAMPAIGN, NO_GUIDE
     */
    CardView open(String code);

    /** Counts the card's page opened by a visitor (a session or device key), once per visitor. */
    void recordScan(CardView card, String visitorKey);

    /** Counts an account created from the card's page. */
    void recordRegistration(CardView card, Long customerId);

    /**
     * The member claims the card. Idempotent: a member claiming the same card again changes nothing. Safe against
     * concurrent claims of one card: one account gets the order, the others are told it belongs to another account.
     */
    ClaimResult claim(CardView card, Customer member);

    /**
     * Links the buyers of orders that arrived after their card was claimed. The order stream calls it once the
     * orders are committed; a job may call it to catch up anything left pending.
     *
     * @return how many claims were linked
     */
    int linkPendingClaims();
}
