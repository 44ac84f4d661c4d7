package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.rule.MemberDayOfferRules;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

/**
 * Keeps the Broadleaf offer of one tier benefit in line with it, only through Broadleaf's OfferService (offers are
 * cached in {@code blOffers}): an automatic ORDER offer, percent or amount off, with a CUSTOMER rule on the member's
 * tier attribute and an ORDER rule for the campaign's minimum. Its start and end dates are the campaign's validity as
 * Broadleaf reads offer dates (wall-clock in the JVM's zone, applied in the offer time zone); which days are member
 * days is decided by the plugin's filter.
 */
public class MemberDayOffers {

    /** Broadleaf's priority; lower runs first. */
    static final int PRIORITY = 100;

    private final OfferService offerService;

    public MemberDayOffers(OfferService offerService) {
        this.offerService = offerService;
    }

    /** Creates or updates the benefit's offer; returns its id. */
    public Long upsert(MemberDayCampaign campaign, MemberDayBenefit benefit) {
        Offer offer = benefit.getOfferId() == null ? null
                : offerService.getOfferDao().readOfferById(benefit.getOfferId());
        if (offer == null) {
            offer = offerService.getOfferDao().create();
        }
        offer.setName(campaign.getName() + " / " + benefit.getTierCode());
        offer.setMarketingMessage(campaign.getName());
        offer.setType(OfferType.ORDER);
        offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
        offer.setAutomaticallyAdded(true);
        offer.setDiscountType(MemberDayDiscountType.PERCENT_OFF.equals(benefit.getDiscountType())
                ? OfferDiscountType.PERCENT_OFF : OfferDiscountType.AMOUNT_OFF);
        offer.setValue(benefit.getDiscountValue());
        offer.setPriority(PRIORITY);
        offer.setCombinableWithOtherOffers(true);
        offer.setTreatAsNewFormat(true);
        offer.setArchived('N');
        offer.setStartDate(startOfDay(CampaignSchedules.calendarDate(campaign.getValidFrom())));
        LocalDate last = CampaignSchedules.calendarDate(campaign.getValidTo());
        offer.setEndDate(last == null ? null : startOfDay(last.plusDays(1)));
        setRule(offer, OfferRuleType.CUSTOMER, MemberDayOfferRules.customerRule(benefit.getTierCode()));
        setRule(offer, OfferRuleType.ORDER, MemberDayOfferRules.orderRule(campaign.getMinimumOrderAmount()));
        return offerService.save(offer).getId();
    }

    /** Ends the offer now (and archives it, so the admin's offer list no longer shows it as live). */
    public void end(Long offerId) {
        Offer offer = offerId == null ? null : offerService.getOfferDao().readOfferById(offerId);
        if (offer == null) {
            return;
        }
        offer.setEndDate(SystemTime.asDate());
        offer.setArchived('Y');
        offerService.save(offer);
    }

    private static void setRule(Offer offer, OfferRuleType type, String rule) {
        Map<String, OfferRule> rules = offer.getOfferMatchRules();
        if (rule == null) {
            rules.remove(type.getType());
            return;
        }
        OfferRule existing = rules.get(type.getType());
        if (existing == null) {
            existing = new OfferRuleImpl();
            rules.put(type.getType(), existing);
        }
        existing.setMatchRule(rule);
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
