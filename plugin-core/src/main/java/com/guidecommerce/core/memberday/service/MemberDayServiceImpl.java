package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.memberday.dao.MemberDayDao;
import com.guidecommerce.core.memberday.dao.MemberDayUses;
import com.guidecommerce.core.memberday.dao.MemberTiers;
import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.rule.CampaignRules;
import com.guidecommerce.core.memberday.rule.MemberDayCalendar;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.memberday.rule.MemberDayWindow;
import com.guidecommerce.core.memberday.dao.MemberDayCoupons;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

public class MemberDayServiceImpl implements MemberDayService {

    private static final Log LOG = LogFactory.getLog(MemberDayServiceImpl.class);

    @Resource(name = "gcMemberDayCoupons")
    protected MemberDayCoupons coupons;

    @Resource(name = "gcMemberDayCouponCodes")
    protected CouponOfferCodes couponCodes;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "gcMemberDayDao")
    protected MemberDayDao dao;

    @Resource(name = "gcMemberDayUses")
    protected MemberDayUses uses;

    @Resource(name = "gcMemberTiers")
    protected MemberTiers tiers;

    @Resource(name = "gcMemberDayOffers")
    protected MemberDayOffers offers;

    @Resource(name = "gcStoreTimeZones")
    protected StoreTimeZones timeZones;

    @Resource(name = "gcCouponAudience")
    protected CouponAudience couponAudience;

    @Override
    public MemberDayCampaign findCampaign(Long campaignId) {
        return dao.findCampaign(campaignId);
    }

    @Override
    public List<MemberDayCampaign> findCampaigns() {
        return dao.findCampaigns();
    }

    @Override
    public MemberDayBenefit findBenefit(Long benefitId) {
        return dao.findBenefit(benefitId);
    }

    @Override
    public List<MemberDayBenefit> benefitsOf(Long campaignId) {
        return campaignId == null ? new ArrayList<MemberDayBenefit>() : dao.findBenefits(campaignId);
    }

    @Override
    public List<MemberDayCampaign> activeCampaigns(String storeCode, Date at) {
        ZoneId zone = storeCode == null ? mallZone() : timeZones.ofStoreCode(storeCode);
        List<MemberDayCampaign> active = new ArrayList<MemberDayCampaign>();
        for (MemberDayCampaign campaign : dao.findCampaigns()) {
            boolean inScope = storeCode == null ? CampaignSchedules.covers(campaign, Channel.OWN_MALL, null)
                    : storeInScope(campaign, storeCode);
            if (inScope && memberDayOf(campaign, zone, at) != null) {
                active.add(campaign);
            }
        }
        return active;
    }

    @Override
    public MemberDayWindow nextMemberDay(MemberDayCampaign campaign, ZoneId zone, Date from) {
        return MemberDayCalendar.nextMemberDay(CampaignSchedules.of(campaign), zone, from.toInstant());
    }

    @Override
    public MemberDayBenefit benefitFor(MemberDayCampaign campaign, String tierCode) {
        if (tierCode == null) {
            return null;
        }
        for (MemberDayBenefit benefit : dao.findBenefits(campaign.getId())) {
            if (tierCode.equals(benefit.getTierCode())) {
                return benefit;
            }
        }
        return null;
    }

    @Override
    public LocalDate memberDayOf(MemberDayCampaign campaign, ZoneId zone, Date at) {
        return MemberDayCalendar.memberDayOf(CampaignSchedules.of(campaign), at.toInstant(), zone);
    }

    @Override
    public ZoneId mallZone() {
        return timeZones.getDefaultZone();
    }

    @Override
    public Map<Long, MemberDayBenefit> benefitsOfOffers(Collection<Long> offerIds) {
        return dao.findBenefitsByOffer(offerIds);
    }

    @Override
    public MemberDayError pricingRefusal(MemberDayBenefit benefit, Long customerId, Date at) {
        MemberDayCampaign campaign = benefit.getCampaign();
        LocalDate day = memberDayOf(campaign, mallZone(), at);
        if (day == null || !CampaignSchedules.covers(campaign, Channel.OWN_MALL, null)) {
            return MemberDayError.NOT_MEMBER_DAY;
        }
        if (customerId != null && uses.count(campaign.getId(), customerId, day) >= campaign.getUsesPerDay()) {
            return MemberDayError.LIMIT_USED;
        }
        return null;
    }

    @Override
    public MemberDayError claimAtCheckout(MemberDayBenefit benefit, Long customerId, Long orderId, Date at) {
        MemberDayCampaign campaign = benefit.getCampaign();
        LocalDate day = memberDayOf(campaign, mallZone(), at);
        if (day == null || !CampaignSchedules.covers(campaign, Channel.OWN_MALL, null)) {
            return MemberDayError.NOT_MEMBER_DAY;
        }
        if (!benefit.getTierCode().equals(tiers.tierOf(customerId))) {
            return MemberDayError.TIER_CHANGED;
        }
        boolean taken = uses.take(campaign.getId(), customerId, day, campaign.getUsesPerDay(), orderId,
                benefit.getOfferId(), at);
        return taken ? null : MemberDayError.LIMIT_USED;
    }

    @Override
    public void releaseUses(Long orderId) {
        uses.release(orderId);
    }

    @Override
    public CouponClaimResult claimCoupon(Long customerId, Long campaignId, Date at) {
        MemberDayCampaign campaign = campaignId == null ? null : dao.findCampaign(campaignId);
        ZoneId zone = mallZone();
        LocalDate day = campaign == null ? null : memberDayOf(campaign, zone, at);
        if (customerId == null || day == null || !CampaignSchedules.covers(campaign, Channel.OWN_MALL, null)) {
            return CouponClaimResult.refused(MemberDayError.NOT_MEMBER_DAY);
        }
        CouponClaim earlier = coupons.find(campaign.getId(), customerId, day);
        if (earlier != null) {
            return CouponClaimResult.alreadyClaimed(earlier);
        }
        String tier = tiers.tierOf(customerId);
        MemberDayBenefit benefit = benefitFor(campaign, tier);
        if (benefit == null || benefit.getCouponOfferId() == null) {
            return CouponClaimResult.refused(MemberDayError.NO_COUPON);
        }
        if (!couponAudience.includes(customerId, benefit.getCouponAudience())) {
            return CouponClaimResult.refused(MemberDayError.NOT_IN_AUDIENCE);
        }
        try {
            CouponClaim claim = issueCoupon(campaign.getId(), customerId, day, tier, benefit.getCouponOfferId(), at);
            couponCodes.forgetCachedCodeList(claim.getOfferId());
            LOG.info("Member-day coupon " + claim.getCode() + " issued to member " + customerId + " for campaign "
                    + campaign.getId() + " on " + day);
            return CouponClaimResult.issued(claim);
        } catch (DataIntegrityViolationException | ConstraintViolationException e) {
            // Another claim of the same member and day committed first; its transaction, not ours, made the code.
            // Inside the JPA transaction the JDBC statement is Hibernate's, which reports the duplicate key as its own
            // ConstraintViolationException rather than as Spring's DuplicateKeyException.
            CouponClaim winner = coupons.find(campaign.getId(), customerId, day);
            if (winner == null) {
                throw e;
            }
            return CouponClaimResult.alreadyClaimed(winner);
        }
    }

    /**
     * Inserts the claim's row first (the unique key decides between two claims at once, before any code exists),
     * then makes the Broadleaf code and records it, all in one transaction.
     */
    private CouponClaim issueCoupon(final long campaignId, final long customerId, final LocalDate day,
                                    final String tier, final Long offerId, final Date at) {
        final ZoneId zone = mallZone();
        final Date start = Date.from(day.atStartOfDay(zone).toInstant());
        // Broadleaf treats the end as the last moment the code works; whole seconds suit MySQL's DATETIME.
        final Date end = Date.from(day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
        final Date claimedAt = new Date(at.getTime() / 1000 * 1000);
        return new TransactionTemplate(transactionManager).execute(status -> {
            coupons.insert(campaignId, customerId, day, tier, offerId, end, claimedAt);
            OfferCode code = couponCodes.issue(offerId, start, end);
            coupons.attachCode(campaignId, customerId, day, code.getId(), code.getOfferCode());
            return new CouponClaim(campaignId, customerId, day, tier, offerId, code.getId(), code.getOfferCode(), end,
                    claimedAt);
        });
    }

    @Override
    public CouponClaim couponOf(Long customerId, Long campaignId, Date at) {
        MemberDayCampaign campaign = campaignId == null ? null : dao.findCampaign(campaignId);
        LocalDate day = campaign == null ? null : memberDayOf(campaign, mallZone(), at);
        return customerId == null || day == null ? null : coupons.find(campaign.getId(), customerId, day);
    }

    @Override
    public Long couponOfferFor(Long customerId, MemberDayCampaign campaign) {
        MemberDayBenefit benefit = campaign == null ? null : benefitFor(campaign, tiers.tierOf(customerId));
        return benefit == null || !couponAudience.includes(customerId, benefit.getCouponAudience()) ? null
                : benefit.getCouponOfferId();
    }

    @Override
    public List<Long> openCouponCodeIds(Long customerId, Date at) {
        return customerId == null ? new ArrayList<Long>() : coupons.openCodeIds(customerId, at);
    }

    @Override
    public Map<Long, Long> couponOwners(Collection<Long> offerCodeIds) {
        return coupons.ownersOfCodes(offerCodeIds);
    }

    @Override
    public MemberDayError couponAudienceRefusal(String audience) {
        return couponAudience.isKnown(audience) ? null : MemberDayError.COUPON_AUDIENCE_UNKNOWN;
    }

    @Override
    public MemberDayError couponOfferRefusal(Long couponOfferId) {
        Offer offer = couponCodes.offer(couponOfferId);
        boolean exists = offer != null && (offer.getArchived() == null || offer.getArchived() != 'Y');
        String delivery = offer == null || offer.getDeliveryType() == null ? null : offer.getDeliveryType().getType();
        return CampaignRules.checkCouponOffer(couponOfferId, exists, delivery);
    }

    @Override
    @Transactional("blTransactionManager")
    public MemberDayCampaign saveCampaign(MemberDayCampaign campaign) {
        MemberDayCampaign saved = dao.save(campaign);
        syncOffers(saved);
        return saved;
    }

    @Override
    @Transactional("blTransactionManager")
    public void syncOffers(Long campaignId) {
        MemberDayCampaign campaign = dao.findCampaign(campaignId);
        if (campaign != null) {
            syncOffers(campaign);
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public void syncOffersOfBenefit(Long benefitId) {
        MemberDayBenefit benefit = dao.findBenefit(benefitId);
        if (benefit != null && benefit.getCampaign() != null) {
            syncOffers(benefit.getCampaign());
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public void deleteCampaign(Long campaignId) {
        MemberDayCampaign campaign = dao.findCampaign(campaignId);
        if (campaign == null) {
            return;
        }
        for (MemberDayBenefit benefit : dao.findBenefits(campaign.getId())) {
            offers.end(benefit.getOfferId());
        }
        dao.delete(campaign);
    }

    @Override
    @Transactional("blTransactionManager")
    public void endBenefitOffer(Long benefitId) {
        MemberDayBenefit benefit = dao.findBenefit(benefitId);
        if (benefit != null) {
            offers.end(benefit.getOfferId());
        }
    }

    private void syncOffers(MemberDayCampaign campaign) {
        boolean pricesMall = CampaignSchedules.covers(campaign, Channel.OWN_MALL, null);
        for (MemberDayBenefit benefit : dao.findBenefits(campaign.getId())) {
            if (pricesMall && benefit.hasDiscount()) {
                Long offerId = offers.upsert(campaign, benefit);
                if (!offerId.equals(benefit.getOfferId())) {
                    benefit.setOfferId(offerId);
                    dao.save(benefit);
                }
            } else if (benefit.getOfferId() != null) {
                offers.end(benefit.getOfferId());
            }
        }
    }

    private static boolean storeInScope(MemberDayCampaign campaign, String storeCode) {
        List<String> stores = CampaignRules.codes(campaign.getStores());
        return stores.isEmpty() || stores.contains(storeCode);
    }
}
