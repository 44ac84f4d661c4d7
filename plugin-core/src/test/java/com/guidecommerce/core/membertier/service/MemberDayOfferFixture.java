package com.guidecommerce.core.membertier.service;

import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** A member-day offer for one tier as HQ would write it in Broadleaf's admin, kept in memory. */
final class MemberDayOfferFixture {

    private MemberDayOfferFixture() {
    }

    /** Started yesterday, for customers whose gcMemberTier attribute is the tier's code. */
    static Offer forTier(String tierCode) {
        OfferRule customerRule = new OfferRuleImpl();
        customerRule.setMatchRule("customer.customerAttributes[\"gcMemberTier\"] != null"
                + " && customer.customerAttributes[\"gcMemberTier\"].value == \"" + tierCode + "\"");
        Map<String, OfferRule> rules = new HashMap<String, OfferRule>();
        rules.put(OfferRuleType.CUSTOMER.getType(), customerRule);
        Offer offer = new OfferImpl();
        offer.setName("Member day " + tierCode);
        offer.setStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        offer.setOfferMatchRules(rules);
        return offer;
    }
}
