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
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

public class MemberDayServiceImpl implements MemberDayService {

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
