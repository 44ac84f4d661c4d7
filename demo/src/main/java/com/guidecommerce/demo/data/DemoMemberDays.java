package com.guidecommerce.demo.data;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.rule.MemberDayOfferRules;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import javax.annotation.Resource;

/**
 * The demo's member days (会员日), saved through the service so their Broadleaf offers exist from the start:
 * <ul>
 * <li>周三会员日: every Wednesday in every channel and store since the first of this month, from ¥99: 金卡 12 % off
 * and triple points; 银卡 double points, 普通会员 one and a half (points only, so the demo shopper's prices stay as
 * the other walkthroughs expect them on a Wednesday).</li>
 * <li>店庆会员日: the day the demo data is loaded and the next (listed dates), 金卡 10 % off and double points — so a
 * freshly started demo has a member day on, whatever the weekday.</li>
 * </ul>
 * And an offer HQ made in Broadleaf's own Offers section that stacks with them: 金卡专享 满 500 减 50, automatic and
 * combinable, which the week's calendar flags as a conflict on every member day; and the 金卡 member-day coupon
 * (会员日专享券 立减20, a code offer) that a 金卡 member claims from the banner on either member day.
 */
public class DemoMemberDays {

    static final String STACKING_OFFER = "金卡专享 满500减50";
    static final String COUPON_OFFER = "会员日专享券 立减20";

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    public void load() {
        Offer coupon = new TransactionTemplate(transactionManager).execute(status -> offerService.save(couponOffer()));
        LocalDate today = SystemTime.asDate().toInstant().atZone(memberDayService.mallZone()).toLocalDate();

        MemberDayCampaign weekly = new MemberDayCampaignImpl();
        weekly.setName("周三会员日");
        weekly.setRecurrence(MemberDayRecurrence.WEEKLY);
        weekly.setWeekday(DayOfWeek.WEDNESDAY.getValue());
        weekly.setValidFrom(formDate(today.withDayOfMonth(1)));
        weekly.setMinimumOrderAmount(new BigDecimal("99.00"));
        weekly.setUsesPerDay(1);
        benefit(weekly, "GOLD", "12", "3").setCouponOfferId(coupon.getId());
        benefit(weekly, "SILVER", null, "2");
        benefit(weekly, "REGULAR", null, "1.5");
        memberDayService.saveCampaign(weekly);

        MemberDayCampaign anniversary = new MemberDayCampaignImpl();
        anniversary.setName("店庆会员日");
        anniversary.setRecurrence(MemberDayRecurrence.DATES);
        // Today and tomorrow: a walkthrough started just before midnight in Shanghai still shops on a member day.
        anniversary.setDates(today + "," + today.plusDays(1));
        anniversary.setValidFrom(formDate(today));
        anniversary.setValidTo(formDate(today.plusDays(1)));
        anniversary.setMinimumOrderAmount(BigDecimal.ZERO);
        anniversary.setUsesPerDay(1);
        benefit(anniversary, "GOLD", "10", "2").setCouponOfferId(coupon.getId());
        memberDayService.saveCampaign(anniversary);

        new TransactionTemplate(transactionManager).execute(status -> offerService.save(stackingOffer()));
    }

    /** A date as the admin form writes one: its midnight in the server's zone. */
    private static Date formDate(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static MemberDayBenefit benefit(MemberDayCampaign campaign, String tier, String percentOff,
                                            String multiplier) {
        MemberDayBenefit benefit = new MemberDayBenefitImpl();
        benefit.setCampaign(campaign);
        benefit.setTierCode(tier);
        if (percentOff != null) {
            benefit.setDiscountType(MemberDayDiscountType.PERCENT_OFF);
            benefit.setDiscountValue(new BigDecimal(percentOff));
        }
        benefit.setPointsMultiplier(new BigDecimal(multiplier));
        campaign.getBenefits().add(benefit);
        return benefit;
    }

    /** The 金卡 member-day coupon (会员日领券) as HQ makes it in Broadleaf's Offers: ¥20 off, delivered by code. */
    private Offer couponOffer() {
        Offer offer = offerService.getOfferDao().create();
        offer.setName(COUPON_OFFER);
        offer.setMarketingMessage(COUPON_OFFER);
        offer.setType(OfferType.ORDER);
        offer.setDeliveryType(OfferDeliveryType.CODE);
        offer.setAutomaticallyAdded(false);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(new BigDecimal("20.00"));
        offer.setPriority(60);
        offer.setCombinableWithOtherOffers(true);
        offer.setTreatAsNewFormat(true);
        offer.setArchived('N');
        offer.setStartDate(new Date(SystemTime.asMillis() - 30L * 24 * 3600 * 1000));
        return offer;
    }

    private Offer stackingOffer() {
        Offer offer = offerService.getOfferDao().create();
        offer.setName(STACKING_OFFER);
        offer.setMarketingMessage(STACKING_OFFER);
        offer.setType(OfferType.ORDER);
        offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
        offer.setAutomaticallyAdded(true);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(new BigDecimal("50.00"));
        offer.setPriority(50);
        offer.setCombinableWithOtherOffers(true);
        offer.setTreatAsNewFormat(true);
        offer.setArchived('N');
        offer.setStartDate(new Date(SystemTime.asMillis() - 30L * 24 * 3600 * 1000));
        rule(offer, OfferRuleType.CUSTOMER, MemberDayOfferRules.customerRule("GOLD"));
        rule(offer, OfferRuleType.ORDER, MemberDayOfferRules.orderRule(new BigDecimal("500.00")));
        return offer;
    }

    private static void rule(Offer offer, OfferRuleType type, String matchRule) {
        OfferRule rule = new OfferRuleImpl();
        rule.setMatchRule(matchRule);
        offer.getOfferMatchRules().put(type.getType(), rule);
    }
}
