package com.guidecommerce.demo.data;

import com.guidecommerce.core.distribution.rule.DistributionTerms;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;

import javax.annotation.Resource;

/**
 * The demo's distributors, recruited the way a guide recruits them (an invitation accepted): two for G0005, one for
 * G0007, and when the mall requires HQ's approval one more for G0001, waiting for it in the admin. They log in as
 * {@code distributor1@example.com} … with the demo password.
 */
public class DemoDistributors {

    static final String ACTIVE_GUIDE = "G0005";
    static final String SECOND_GUIDE = "G0007";
    static final String PENDING_GUIDE = "G0001";

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @Resource(name = "gcDistributionTerms")
    protected DistributionTerms terms;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "demoOrganisationData")
    protected DemoOrganisationData organisationData;

    public void load() {
        recruit(ACTIVE_GUIDE, "distributor1@example.com", "演示分销员一");
        recruit(ACTIVE_GUIDE, "distributor2@example.com", "演示分销员二");
        recruit(SECOND_GUIDE, "distributor3@example.com", "演示分销员三");
        if (terms.isApprovalRequired()) {
            recruit(PENDING_GUIDE, "distributor4@example.com", "演示分销员四");
        }
    }

    private void recruit(String guideCode, String username, String name) {
        Guide guide = organisationService.findGuideByCode(guideCode);
        distributionService.accept(distributionService.invite(guide).getToken(),
                organisationData.account(username, name));
    }
}
