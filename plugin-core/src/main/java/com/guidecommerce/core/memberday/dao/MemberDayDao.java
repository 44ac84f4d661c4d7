package com.guidecommerce.core.memberday.dao;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads and writes member-day campaigns and their tier benefits. Bean {@code gcMemberDayDao}. */
public interface MemberDayDao {

    MemberDayCampaign findCampaign(Long campaignId);

    List<MemberDayCampaign> findCampaigns();

    MemberDayBenefit findBenefit(Long benefitId);

    /** The campaign's benefits as stored (a campaign loaded earlier may not list one added since). */
    List<MemberDayBenefit> findBenefits(Long campaignId);

    /** The benefits priced by these Broadleaf offers, by offer id (offers of no benefit are left out). */
    Map<Long, MemberDayBenefit> findBenefitsByOffer(Collection<Long> offerIds);

    MemberDayCampaign save(MemberDayCampaign campaign);

    MemberDayBenefit save(MemberDayBenefit benefit);

    /** Deletes the campaign with its benefits. */
    void delete(MemberDayCampaign campaign);
}
