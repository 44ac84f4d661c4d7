package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;

/**
 * Member-day campaigns, member tiers and the clock for tests. A class of its own, so that the entity classes are
 * first loaded after Broadleaf's context has booted.
 */
final class MemberDayFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final OfferService offerService;
    private final MemberDayService memberDayService;
    private final CustomerService customerService;
    private final TransactionTemplate transaction;

    MemberDayFixtures(ApplicationContext context) {
        this.offerService = context.getBean("blOfferService", OfferService.class);
        this.memberDayService = context.getBean("gcMemberDayService", MemberDayService.class);
        this.customerService = context.getBean("blCustomerService", CustomerService.class);
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager",
                PlatformTransactionManager.class));
    }

    /** A Wednesday a week or more ahead of the real date, in Shanghai, so products made now are already on sale. */
    static LocalDate comingWednesday() {
        return LocalDate.now(SHANGHAI).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    }

    /** Stops Broadleaf's clock at a wall-clock time in Shanghai. */
    static Date clockAt(LocalDate day, int hour, int minute) {
        Date moment = Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(SHANGHAI)
                .toInstant());
        SystemTime.setGlobalTimeSource(new FixedTimeSource(moment.getTime()));
        return moment;
    }

    /** Every Wednesday from a week before the given one, for the own mall and POS, one discounted order a day. */
    static MemberDayCampaign wednesdays(LocalDate wednesday) {
        MemberDayCampaign campaign = new MemberDayCampaignImpl();
        campaign.setName("周三会员日 " + wednesday);
        campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
        campaign.setWeekday(DayOfWeek.WEDNESDAY.getValue());
        campaign.setValidFrom(calendarDate(wednesday.minusWeeks(1)));
        campaign.setChannels("OWN_MALL, POS");
        campaign.setUsesPerDay(1);
        return campaign;
    }

    static MemberDayCampaign percentOff(MemberDayCampaign campaign, String tier, String percent, String multiplier) {
        return benefit(campaign, tier, MemberDayDiscountType.PERCENT_OFF, percent, multiplier);
    }

    static MemberDayCampaign amountOff(MemberDayCampaign campaign, String tier, String amount, String multiplier) {
        return benefit(campaign, tier, MemberDayDiscountType.AMOUNT_OFF, amount, multiplier);
    }

    static MemberDayCampaign pointsOnly(MemberDayCampaign campaign, String tier, String multiplier) {
        return benefit(campaign, tier, null, null, multiplier);
    }

    private static MemberDayCampaign benefit(MemberDayCampaign campaign, String tier, MemberDayDiscountType type,
                                             String value, String multiplier) {
        MemberDayBenefit benefit = new MemberDayBenefitImpl();
        benefit.setCampaign(campaign);
        benefit.setTierCode(tier);
        benefit.setDiscountType(type);
        benefit.setDiscountValue(value == null ? null : new BigDecimal(value));
        benefit.setPointsMultiplier(new BigDecimal(multiplier));
        campaign.getBenefits().add(benefit);
        return campaign;
    }

    /** Names a coupon offer on the campaign's benefit of the tier. */
    static MemberDayCampaign withCoupon(MemberDayCampaign campaign, String tier, Long couponOfferId) {
        for (MemberDayBenefit benefit : campaign.getBenefits()) {
            if (tier.equals(benefit.getTierCode())) {
                benefit.setCouponOfferId(couponOfferId);
            }
        }
        return campaign;
    }

    /** A coupon offer as HQ makes one in Broadleaf's Offers section: an amount off the order, delivered by code. */
    Long couponOffer(String amountOff) {
        return transaction.execute(status -> {
            Offer offer = offerService.getOfferDao().create();
            offer.setName("会员日券 coupon " + amountOff);
            offer.setMarketingMessage("Member-day coupon");
            offer.setType(OfferType.ORDER);
            offer.setDeliveryType(OfferDeliveryType.CODE);
            offer.setAutomaticallyAdded(false);
            offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
            offer.setValue(new BigDecimal(amountOff));
            offer.setPriority(20);
            offer.setCombinableWithOtherOffers(true);
            offer.setTreatAsNewFormat(true);
            offer.setArchived('N');
            offer.setStartDate(Date.from(java.time.Instant.parse("2020-01-01T00:00:00Z")));
            return offerService.save(offer).getId();
        });
    }

    /** A date as Broadleaf's admin form enters one: that calendar date's midnight in the JVM's zone. */
    static Date calendarDate(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    MemberDayCampaign save(MemberDayCampaign campaign) {
        return memberDayService.saveCampaign(campaign);
    }

    /** Ends the offers of every campaign and deletes the campaigns, so tests do not stack discounts. */
    void deleteAllCampaigns() {
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            memberDayService.deleteCampaign(campaign.getId());
        }
    }

    /** A plain Broadleaf automatic order offer, amount off, on Wednesdays by a Broadleaf TIME rule (1 = Sunday). */
    Offer wednesdayTimeRuleOffer(LocalDate from, String amountOff) {
        Offer offer = offerService.getOfferDao().create();
        offer.setName("Broadleaf Wednesday " + from);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(new BigDecimal(amountOff));
        offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
        offer.setAutomaticallyAdded(true);
        offer.setTreatAsNewFormat(true);
        offer.setStartDate(calendarDate(from));
        OfferRule rule = new OfferRuleImpl();
        rule.setMatchRule("time.dayOfWeek.type == \"4\"");
        offer.getOfferMatchRules().put(OfferRuleType.TIME.getType(), rule);
        return offerService.save(offer);
    }

    void archive(Offer offer) {
        Offer stored = offerService.getOfferDao().readOfferById(offer.getId());
        stored.setArchived('Y');
        offerService.save(stored);
    }

    /** Sets the member's tier the way the tier feature does: the customer attribute gcMemberTier. */
    Customer withTier(Customer customer, String tier) {
        return transaction.execute(status -> {
            Customer stored = customerService.readCustomerById(customer.getId());
            CustomerAttribute attribute = stored.getCustomerAttributes().get("gcMemberTier");
            if (attribute == null) {
                attribute = new CustomerAttributeImpl();
                attribute.setName("gcMemberTier");
                attribute.setCustomer(stored);
                stored.getCustomerAttributes().put("gcMemberTier", attribute);
            }
            attribute.setValue(tier);
            return customerService.saveCustomer(stored);
        });
    }
}
