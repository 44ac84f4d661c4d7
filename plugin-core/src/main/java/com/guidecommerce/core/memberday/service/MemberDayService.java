package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.memberday.rule.MemberDayWindow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Member-day campaigns (会员日): which are on at a moment for a store, what a tier gets, and the Broadleaf offers that
 * price their discounts in the own mall. Bean {@code gcMemberDayService}.
 *
 * <p>The own mall is priced in {@code gc.default.timezone} and counts as no store: a campaign prices it when its
 * channel scope is empty or names OWN_MALL and its store scope is empty. Store-scoped campaigns only multiply points
 * of their stores' orders.
 */
public interface MemberDayService {

    MemberDayCampaign findCampaign(Long campaignId);

    List<MemberDayCampaign> findCampaigns();

    MemberDayBenefit findBenefit(Long benefitId);

    /** The campaign's benefits as stored; none for no campaign. */
    List<MemberDayBenefit> benefitsOf(Long campaignId);

    /**
     * Campaigns whose member day it is at the moment in the store's zone and whose store scope includes the store.
     *
     * @param storeCode a store, or {@code null} for the own mall
     */
    List<MemberDayCampaign> activeCampaigns(String storeCode, Date at);

    /** The member day under way at {@code from} in the zone, or the next one; {@code null} when none is left. */
    MemberDayWindow nextMemberDay(MemberDayCampaign campaign, ZoneId zone, Date from);

    /** The campaign's benefit for the tier, or {@code null} when the tier gets nothing. */
    MemberDayBenefit benefitFor(MemberDayCampaign campaign, String tierCode);

    /** The member day the moment falls on in the zone, or {@code null}. */
    LocalDate memberDayOf(MemberDayCampaign campaign, ZoneId zone, Date at);

    /** The own mall's zone ({@code gc.default.timezone}). */
    ZoneId mallZone();

    /** The benefits whose discounts these Broadleaf offers price, by offer id. */
    Map<Long, MemberDayBenefit> benefitsOfOffers(Collection<Long> offerIds);

    /**
     * Why the benefit's offer may not price the member's own-mall cart at the moment ({@code null} when it may):
     * not a member day in the mall's zone, out of the mall's scope, or the member's uses of the day are taken.
     *
     * @param customerId the member, {@code null} when not known (the use limit is then left to checkout)
     */
    MemberDayError pricingRefusal(MemberDayBenefit benefit, Long customerId, Date at);

    /**
     * Checks a discounted order at submit time and takes one of the member's uses of the day for it.
     *
     * @return why the order may not keep the discount, or {@code null} when it keeps it (and holds a use)
     */
    MemberDayError claimAtCheckout(MemberDayBenefit benefit, Long customerId, Long orderId, Date at);

    /** Gives back the uses an order took at a checkout that failed afterwards. */
    void releaseUses(Long orderId);

    /**
     * Claims the member-day coupon of the member's tier (会员日领券): on a member day of the campaign in the mall's
     * zone, issues the member a new one-use Broadleaf offer code of the benefit's coupon offer, valid until the end
     * of that day in the mall's zone. Once per campaign, member and member day: a later claim, or one at the same
     * moment on another node, answers the code already issued.
     *
     * @return the claim, or the reason there is none ({@link MemberDayError#NOT_MEMBER_DAY} when it is not the
     *         campaign's member day for the own mall, {@link MemberDayError#NO_COUPON} when the tier has no coupon,
     *         {@link MemberDayError#NOT_IN_AUDIENCE} when the coupon is for members with a tag the member lacks)
     */
    CouponClaimResult claimCoupon(Long customerId, Long campaignId, Date at);

    /** The member's claimed coupon of the campaign for the member day under way at the moment, or {@code null}. */
    CouponClaim couponOf(Long customerId, Long campaignId, Date at);

    /**
     * The coupon offer the member's tier may claim in the campaign, or {@code null} when it has none (tier without
     * coupon, the member has no tier, or is not in the coupon's audience).
     */
    Long couponOfferFor(Long customerId, MemberDayCampaign campaign);

    /** The Broadleaf offer code ids of the member's claimed coupons still valid at the moment. */
    List<Long> openCouponCodeIds(Long customerId, Date at);

    /** The members these Broadleaf offer codes were issued to as member-day coupons, by code id (others absent). */
    Map<Long, Long> couponOwners(Collection<Long> offerCodeIds);

    /**
     * Why a benefit may not name this coupon offer ({@code null} when it may, or for none): the offer must exist
     * in Broadleaf, not archived, and be delivered by code.
     */
    MemberDayError couponOfferRefusal(Long couponOfferId);

    /** Why a benefit may not name this coupon audience ({@code null} when it may, or for none). */
    MemberDayError couponAudienceRefusal(String audience);

    /** Saves a campaign and brings its Broadleaf offers in line with it. */
    MemberDayCampaign saveCampaign(MemberDayCampaign campaign);

    /** Creates, updates or ends the campaign's Broadleaf offers to match its benefits, through OfferService. */
    void syncOffers(Long campaignId);

    /** Brings the Broadleaf offers of the benefit's campaign in line with it (after a benefit was saved). */
    void syncOffersOfBenefit(Long benefitId);

    /** Ends the campaign's Broadleaf offers and deletes it with its benefits (uses already taken stay). */
    void deleteCampaign(Long campaignId);

    /** Ends the Broadleaf offer of a benefit about to be deleted. */
    void endBenefitOffer(Long benefitId);
}
