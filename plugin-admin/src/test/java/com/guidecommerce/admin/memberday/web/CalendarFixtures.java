package com.guidecommerce.admin.memberday.web;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Member-day campaigns and plain Broadleaf offers for the calendar's tests. A class of its own, so that the entity
 * classes are first loaded after Broadleaf's context has booted.
 */
final class CalendarFixtures {

    private final MemberDayService memberDayService;
    private final OfferService offerService;

    CalendarFixtures(ApplicationContext context) {
        this.memberDayService = context.getBean("gcMemberDayService", MemberDayService.class);
        this.offerService = context.getBean("blOfferService", OfferService.class);
    }

    /** Every Wednesday from the given day on, for the own mall: GOLD 12 % off and triple points, SILVER 8 % and double. */
    MemberDayCampaign wednesdays(String name, LocalDate from) {
        MemberDayCampaign campaign = new MemberDayCampaignImpl();
        campaign.setName(name);
        campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
        campaign.setWeekday(DayOfWeek.WEDNESDAY.getValue());
        campaign.setValidFrom(calendarDate(from));
        campaign.setChannels("OWN_MALL");
        campaign.setUsesPerDay(1);
        benefit(campaign, "GOLD", "12", "3");
        benefit(campaign, "SILVER", "8", "2");
        return memberDayService.saveCampaign(campaign);
    }

    /** A campaign scoped to a store code nobody has, giving nothing. */
    MemberDayCampaign nowhere(String name, LocalDate from) {
        MemberDayCampaign campaign = new MemberDayCampaignImpl();
        campaign.setName(name);
        campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
        campaign.setWeekday(DayOfWeek.FRIDAY.getValue());
        campaign.setValidFrom(calendarDate(from));
        campaign.setStores("NO-SUCH-STORE");
        campaign.setUsesPerDay(1);
        return memberDayService.saveCampaign(campaign);
    }

    /** A plain automatic order offer, amount off, combinable, running after the campaigns' offers. */
    Offer plainOffer(String name, String amountOff, LocalDate from) {
        Offer offer = offerService.getOfferDao().create();
        offer.setName(name);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(new BigDecimal(amountOff));
        offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
        offer.setAutomaticallyAdded(true);
        offer.setCombinableWithOtherOffers(true);
        offer.setPriority(200);
        offer.setTreatAsNewFormat(true);
        offer.setStartDate(calendarDate(from));
        return offerService.save(offer);
    }

    /** An automatic order offer that does not combine, with a Broadleaf TIME rule for Sundays (1 = Sunday). */
    Offer sundayOnlyOffer(String name, LocalDate from) {
        Offer offer = plainOffer(name, "15", from);
        offer.setCombinableWithOtherOffers(false);
        OfferRule rule = new OfferRuleImpl();
        rule.setMatchRule("time.dayOfWeek.type == \"1\"");
        offer.getOfferMatchRules().put(OfferRuleType.TIME.getType(), rule);
        return offerService.save(offer);
    }

    void archive(Offer offer) {
        Offer stored = offerService.getOfferDao().readOfferById(offer.getId());
        stored.setArchived('Y');
        offerService.save(stored);
    }

    void deleteAllCampaigns() {
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            memberDayService.deleteCampaign(campaign.getId());
        }
    }

    private static void benefit(MemberDayCampaign campaign, String tier, String percent, String multiplier) {
        MemberDayBenefit benefit = new MemberDayBenefitImpl();
        benefit.setCampaign(campaign);
        benefit.setTierCode(tier);
        benefit.setDiscountType(MemberDayDiscountType.PERCENT_OFF);
        benefit.setDiscountValue(new BigDecimal(percent));
        benefit.setPointsMultiplier(new BigDecimal(multiplier));
        campaign.getBenefits().add(benefit);
    }

    /** A date as Broadleaf's admin form enters one: that calendar date's midnight in the JVM's zone. */
    static Date calendarDate(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
