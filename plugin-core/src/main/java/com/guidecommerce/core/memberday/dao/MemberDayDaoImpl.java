package com.guidecommerce.core.memberday.dao;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class MemberDayDaoImpl implements MemberDayDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public MemberDayCampaign findCampaign(Long campaignId) {
        return campaignId == null ? null : em.find(MemberDayCampaignImpl.class, campaignId);
    }

    @Override
    public List<MemberDayCampaign> findCampaigns() {
        return em.createQuery("SELECT c FROM " + MemberDayCampaignImpl.class.getName() + " c ORDER BY c.id",
                MemberDayCampaign.class).getResultList();
    }

    @Override
    public MemberDayBenefit findBenefit(Long benefitId) {
        return benefitId == null ? null : em.find(MemberDayBenefitImpl.class, benefitId);
    }

    @Override
    public List<MemberDayBenefit> findBenefits(Long campaignId) {
        return em.createQuery("SELECT b FROM " + MemberDayBenefitImpl.class.getName()
                + " b WHERE b.campaign.id = :campaign ORDER BY b.id", MemberDayBenefit.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    @Override
    public Map<Long, MemberDayBenefit> findBenefitsByOffer(Collection<Long> offerIds) {
        Map<Long, MemberDayBenefit> found = new HashMap<Long, MemberDayBenefit>();
        if (offerIds.isEmpty()) {
            return found;
        }
        // Asked while Broadleaf prices a cart: the order being priced must not be flushed half-way by this query.
        List<MemberDayBenefit> benefits = em.createQuery("SELECT b FROM " + MemberDayBenefitImpl.class.getName()
                + " b WHERE b.offerId IN :offers", MemberDayBenefit.class)
                .setParameter("offers", offerIds).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (MemberDayBenefit benefit : benefits) {
            found.put(benefit.getOfferId(), benefit);
        }
        return found;
    }

    @Override
    public MemberDayCampaign save(MemberDayCampaign campaign) {
        return em.merge(campaign);
    }

    @Override
    public MemberDayBenefit save(MemberDayBenefit benefit) {
        return em.merge(benefit);
    }

    @Override
    public void delete(MemberDayCampaign campaign) {
        MemberDayCampaign managed = em.contains(campaign) ? campaign : em.merge(campaign);
        // The benefits as stored: the campaign's own list may predate a benefit added since it was loaded.
        for (MemberDayBenefit benefit : findBenefits(managed.getId())) {
            managed.getBenefits().remove(benefit);
            em.remove(benefit);
        }
        em.remove(managed);
    }
}
