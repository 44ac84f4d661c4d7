package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.service.GuideProfile;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.TierError;
import com.guidecommerce.core.tier.rule.TierException;

import java.util.Collections;
import java.util.List;

/**
 * Guides and distributors as holders of a tier, read and changed only through the features that own them: the
 * organisation for guides, distribution for distributors. Bean {@code gcTierHolders}.
 */
public class TierHolders {

    private final OrganisationService organisationService;
    private final DistributionService distributionService;

    public TierHolders(OrganisationService organisationService, DistributionService distributionService) {
        this.organisationService = organisationService;
        this.distributionService = distributionService;
    }

    /** Every active guide or distributor, the ones an evaluation looks at. */
    public List<TierHolding> active(TierSubject subject) {
        return TierSubject.GUIDE.equals(subject) ? organisationService.findActiveGuideTiers()
                : distributionService.findActiveTiers();
    }

    /** One guide or distributor, whatever their status. */
    public TierHolding find(TierSubject subject, Long id) {
        if (id != null && TierSubject.GUIDE.equals(subject)) {
            GuideProfile guide = organisationService.findGuideProfiles(Collections.singleton(id)).get(id);
            if (guide != null) {
                return new TierHolding(guide.getId(), guide.getCode(), guide.getTier());
            }
        } else if (id != null) {
            Distributor distributor = distributionService.findById(id);
            if (distributor != null) {
                return new TierHolding(distributor.getId(), distributor.getCode(), distributor.getTierCode());
            }
        }
        throw new TierException(TierError.SUBJECT_NOT_FOUND, id);
    }

    /** Sets the tier in the owning feature; joins the caller's transaction. */
    public void change(TierSubject subject, Long id, String tierCode, String actor, String reason) {
        if (TierSubject.GUIDE.equals(subject)) {
            organisationService.changeGuideTier(id, tierCode);
        } else {
            distributionService.changeTier(id, tierCode, actor, reason);
        }
    }
}
