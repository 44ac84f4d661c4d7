package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.AbstractOfferServiceExtensionHandler;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Drops a member-day offer from the offers Broadleaf is about to apply to a cart unless it is the campaign's member
 * day now in the own mall's zone and the member has uses left that day. The tier is Broadleaf's CUSTOMER rule.
 *
 * <p>Broadleaf passes this hook only the offers. The member comes from {@code buildOfferCodeListForCustomer}, which
 * Broadleaf's OfferActivity calls on the same thread with the order's customer just before it builds the offer
 * list; where that did not happen the use limit is left to the checkout re-check.
 */
public class MemberDayOfferFilter extends AbstractOfferServiceExtensionHandler {

    private static final ThreadLocal<Long> PRICED_CUSTOMER = new ThreadLocal<Long>();

    @Resource(name = "blOfferServiceExtensionManager")
    protected OfferServiceExtensionManager extensionManager;

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    @PostConstruct
    public void register() {
        if (isEnabled()) {
            extensionManager.registerHandler(this);
        }
    }

    @Override
    public ExtensionResultStatusType buildOfferCodeListForCustomer(Customer customer, List<OfferCode> offerCodes) {
        if (customer == null || customer.getId() == null) {
            PRICED_CUSTOMER.remove();
        } else {
            PRICED_CUSTOMER.set(customer.getId());
        }
        return ExtensionResultStatusType.NOT_HANDLED;
    }

    @Override
    public ExtensionResultStatusType applyAdditionalFilters(List<Offer> offers) {
        Long customerId = PRICED_CUSTOMER.get();
        PRICED_CUSTOMER.remove();
        List<Long> offerIds = new ArrayList<Long>();
        for (Offer offer : offers) {
            offerIds.add(offer.getId());
        }
        Map<Long, MemberDayBenefit> benefits = offerIds.isEmpty() ? null
                : memberDayService.benefitsOfOffers(offerIds);
        if (benefits == null || benefits.isEmpty()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        Date now = SystemTime.asDate();
        for (Iterator<Offer> it = offers.iterator(); it.hasNext(); ) {
            MemberDayBenefit benefit = benefits.get(it.next().getId());
            if (benefit != null && memberDayService.pricingRefusal(benefit, customerId, now) != null) {
                it.remove();
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
