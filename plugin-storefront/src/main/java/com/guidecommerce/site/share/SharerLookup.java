package com.guidecommerce.site.share;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.site.common.Shoppers;
import org.broadleafcommerce.profile.core.domain.Customer;

import javax.annotation.Resource;

/** Finds sharers by the code a link carries and by the account logged in. Bean name {@code gcSharerLookup}. */
public class SharerLookup {

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    /** The guide or distributor with this code (guides first), or {@code null}. */
    public Sharer byCode(String code) {
        Guide guide = organisationService.findGuideByCode(code);
        if (guide != null) {
            return Sharer.guide(guide);
        }
        Distributor distributor = distributionService.findByCode(code);
        return distributor == null ? null : Sharer.distributor(distributor);
    }

    /**
     * The sharer the logged-in member is, if their links credit anyone now: their guide account, or their
     * distributorship; {@code null} for anonymous visitors and everyone else.
     */
    public Sharer ofMember(Customer customer) {
        if (!Shoppers.isMember(customer)) {
            return null;
        }
        Guide guide = organisationService.findGuideByCustomerId(customer.getId());
        Sharer sharer = guide != null ? Sharer.guide(guide) : distributorOf(customer);
        return sharer != null && sharer.isActive() ? sharer : null;
    }

    private Sharer distributorOf(Customer customer) {
        Distributor distributor = distributionService.findByCustomer(customer.getId());
        return distributor == null ? null : Sharer.distributor(distributor);
    }
}
