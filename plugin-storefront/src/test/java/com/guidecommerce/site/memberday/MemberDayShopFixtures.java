package com.guidecommerce.site.memberday;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.common.time.SystemTime;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;

/**
 * Member-day campaigns, member tiers and the clock for storefront tests; a class of its own so that entity classes
 * load only after Broadleaf's context has booted.
 */
final class MemberDayShopFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MemberDayService memberDayService;
    private final CustomerService customerService;
    private final TransactionTemplate transaction;
    private final OfferService offerService;

    MemberDayShopFixtures(ApplicationContext context) {
        this.memberDayService = context.getBean("gcMemberDayService", MemberDayService.class);
        this.offerService = context.getBean("blOfferService", OfferService.class);
        this.customerService = context.getBean("blCustomerService", CustomerService.class);
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager",
                PlatformTransactionManager.class));
    }

    /** A Wednesday a week or more ahead of the real date in Shanghai, so products made now are on sale by then. */
    static LocalDate comingWednesday() {
        return LocalDate.now(SHANGHAI).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    }

    /** Stops Broadleaf's clock at a wall-clock time in Shanghai. */
    static Date clockAt(LocalDate day, int hour, int minute) {
        Date moment = Date.from(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant());
        SystemTime.setGlobalTimeSource(new FixedTimeSource(moment.getTime()));
        return moment;
    }

    /**
     * 周三会员日 for the own mall from a week before the Wednesday: GOLD gets the percentage, SILVER 8 % and NEW
     * nothing; the minimum order amount when given.
     */
    MemberDayCampaign wednesdays(LocalDate wednesday, String goldPercent, String minimum) {
        MemberDayCampaign campaign = new MemberDayCampaignImpl();
        campaign.setName("\u5468\u4e09\u4f1a\u5458\u65e5");
        campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
        campaign.setWeekday(DayOfWeek.WEDNESDAY.getValue());
        campaign.setValidFrom(Date.from(wednesday.minusWeeks(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        campaign.setChannels("OWN_MALL");
        campaign.setUsesPerDay(1);
        campaign.setMinimumOrderAmount(minimum == null ? BigDecimal.ZERO : new BigDecimal(minimum));
        benefit(campaign, "GOLD", MemberDayDiscountType.PERCENT_OFF, goldPercent);
        benefit(campaign, "SILVER", MemberDayDiscountType.PERCENT_OFF, "8");
        benefit(campaign, "NEW", null, null);
        return memberDayService.saveCampaign(campaign);
    }

    /**
     * 周三会员日 as {@link #wednesdays} without a minimum, with a member-day coupon for GOLD: a coupon offer of 30 yuan
     * off the order delivered by code, as HQ makes one in Broadleaf's Offers section. Answers the campaign's id.
     */
    Long wednesdaysWithGoldCoupon(LocalDate wednesday, String goldPercent) {
        Long couponOfferId = transaction.execute(status -> {
            Offer offer = offerService.getOfferDao().create();
            offer.setName("\u4f1a\u5458\u65e5\u5238 shop coupon");
            offer.setType(OfferType.ORDER);
            offer.setDeliveryType(OfferDeliveryType.CODE);
            offer.setAutomaticallyAdded(false);
            offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
            offer.setValue(new BigDecimal("30"));
            offer.setCombinableWithOtherOffers(true);
            offer.setTreatAsNewFormat(true);
            offer.setArchived('N');
            offer.setStartDate(Date.from(wednesday.minusWeeks(2).atStartOfDay(SHANGHAI).toInstant()));
            return offerService.save(offer).getId();
        });
        MemberDayCampaign campaign = new MemberDayCampaignImpl();
        campaign.setName("\u5468\u4e09\u4f1a\u5458\u65e5");
        campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
        campaign.setWeekday(DayOfWeek.WEDNESDAY.getValue());
        campaign.setValidFrom(Date.from(wednesday.minusWeeks(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        campaign.setChannels("OWN_MALL");
        campaign.setUsesPerDay(1);
        campaign.setMinimumOrderAmount(BigDecimal.ZERO);
        benefit(campaign, "GOLD", MemberDayDiscountType.PERCENT_OFF, goldPercent);
        benefit(campaign, "SILVER", MemberDayDiscountType.PERCENT_OFF, "8");
        for (MemberDayBenefit benefit : campaign.getBenefits()) {
            if ("GOLD".equals(benefit.getTierCode())) {
                benefit.setCouponOfferId(couponOfferId);
            }
        }
        return memberDayService.saveCampaign(campaign).getId();
    }

    private static void benefit(MemberDayCampaign campaign, String tier, MemberDayDiscountType type, String value) {
        MemberDayBenefit benefit = new MemberDayBenefitImpl();
        benefit.setCampaign(campaign);
        benefit.setTierCode(tier);
        benefit.setDiscountType(type);
        benefit.setDiscountValue(value == null ? null : new BigDecimal(value));
        benefit.setPointsMultiplier(BigDecimal.ONE);
        campaign.getBenefits().add(benefit);
    }

    void deleteAllCampaigns() {
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            memberDayService.deleteCampaign(campaign.getId());
        }
    }

    /** Sets the member's tier as the tier feature does: Broadleaf's customer attribute gcMemberTier. */
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
