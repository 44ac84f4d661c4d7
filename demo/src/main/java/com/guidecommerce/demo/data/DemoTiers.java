package com.guidecommerce.demo.data;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;

import java.util.List;
import javax.annotation.Resource;

/**
 * A little tier history for the demo: the last settled period evaluated from the demo's board history and ledger (as
 * the admin's job would on its first turn), and HQ promoting G0005's first distributor to silver by hand. The ladders
 * themselves come from {@code gc_tiers.sql}.
 */
public class DemoTiers {

    static final String HQ = "admin";

    @Resource(name = "gcTierService")
    protected TierService tierService;

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    public void load() {
        tierService.evaluate(tierService.lastSettledPeriod(), HQ);
        List<Distributor> distributors = distributionService.findCurrentOf(
                organisationService.findGuideByCode(DemoDistributors.ACTIVE_GUIDE).getId());
        if (!distributors.isEmpty()) {
            Distributor first = distributors.get(distributors.size() - 1);
            tierService.override(TierSubject.DISTRIBUTOR, first.getId(), "D_SILVER", HQ,
                    "春季活动中分享表现突出 (top sharer of the spring campaign)");
        }
    }
}
