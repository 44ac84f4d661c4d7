package com.guidecommerce.site.memberday;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.memberday.dao.MemberTiers;
import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.rule.TierPrice;
import com.guidecommerce.core.memberday.service.CampaignSchedules;
import com.guidecommerce.core.memberday.service.CouponClaim;
import com.guidecommerce.core.memberday.service.MemberDayService;
import com.guidecommerce.site.common.Shoppers;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Member days (会员日) for storefront templates, as {@code #gcMemberDay}: {@code banner()} the member day under way or
 * coming within seven days in the mall's zone with the discount to show, {@code tierPrice(sku.price)} the logged-in
 * member's member-day price of a product, {@code shortfalls(cart)} what the cart lacks for a minimum, and the words
 * around them ({@code tierName}, {@code dayText}, {@code zoneName}); {@code coupons()} the member-day coupons the
 * member may claim today, with their code once claimed. Only campaigns that price the own mall count.
 * Bean {@code gcMemberDayVariableExpression}, added to Broadleaf's {@code blVariableExpressions}.
 */
public class MemberDayVariableExpression implements BroadleafVariableExpression {

    private static final String BANNER_ATTRIBUTE = "gcMemberDay.banner";
    private static final Object NONE = new Object();

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    @Resource(name = "gcMemberTiers")
    protected MemberTiers memberTiers;

    @Resource(name = "gcMemberTierNames")
    protected MemberTierNames tierNames;

    @Override
    public String getName() {
        return "gcMemberDay";
    }

    /** The banner of this request, or {@code null} when no member day is on nor within seven days. */
    public MemberDayBanner banner() {
        HttpServletRequest request = request();
        Object cached = request == null ? null : request.getAttribute(BANNER_ATTRIBUTE);
        if (cached == null) {
            Customer member = request == null ? null : Shoppers.loggedInMember(request);
            MemberDayBanner banner = bannerFor(member == null ? null : member.getId(), now());
            cached = banner == null ? NONE : banner;
            if (request != null) {
                request.setAttribute(BANNER_ATTRIBUTE, cached);
            }
        }
        return cached == NONE ? null : (MemberDayBanner) cached;
    }

    /** The banner for a member (or a guest, {@code null}) at a moment. */
    public MemberDayBanner bannerFor(Long customerId, Date at) {
        ZoneId zone = memberDayService.mallZone();
        String tier = customerId == null ? null : memberTiers.tierOf(customerId);
        List<MemberDayBannerRule.Candidate> candidates = new ArrayList<MemberDayBannerRule.Candidate>();
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            if (!CampaignSchedules.covers(campaign, Channel.OWN_MALL, null)) {
                continue;
            }
            TierOffer own = tier == null ? null : TierOffer.of(campaign, memberDayService.benefitFor(campaign, tier));
            TierOffer shown = own != null ? own : TierOffer.best(campaign, benefits(campaign));
            candidates.add(new MemberDayBannerRule.Candidate(campaign.getName(),
                    memberDayService.nextMemberDay(campaign, zone, at), shown, own != null));
        }
        return MemberDayBannerRule.decide(candidates, at.toInstant(), zone);
    }

    /**
     * The logged-in member's member-day price of a product at this price (Broadleaf's sku price), or {@code null}
     * when the member's tier has no discount on the member day under way or within seven days.
     */
    public ProductTierPrice tierPrice(Money price) {
        MemberDayBanner banner = banner();
        if (banner == null || !banner.isOwnOffer()) {
            return null;
        }
        TierOffer offer = banner.getOffer();
        BigDecimal tierPrice = price != null && offer.pricesEachProduct() ? offer.priceOf(price.getAmount()) : null;
        return new ProductTierPrice(banner, tierPrice);
    }

    /** The member-day discounts under way whose minimum the logged-in member's cart does not reach yet. */
    public List<CartShortfall> shortfalls(Order cart) {
        HttpServletRequest request = request();
        Customer member = request == null ? null : Shoppers.loggedInMember(request);
        if (member == null || cart == null || cart.getSubTotal() == null) {
            return Collections.emptyList();
        }
        return shortfallsOf(member.getId(), cart.getSubTotal().getAmount(), now());
    }

    /** The member-day discounts of the member's tier under way at the moment whose minimum the subtotal misses. */
    public List<CartShortfall> shortfallsOf(Long customerId, BigDecimal subtotal, Date at) {
        String tier = memberTiers.tierOf(customerId);
        List<CartShortfall> shortfalls = new ArrayList<CartShortfall>();
        if (tier == null) {
            return shortfalls;
        }
        for (MemberDayCampaign campaign : memberDayService.activeCampaigns(null, at)) {
            TierOffer offer = TierOffer.of(campaign, memberDayService.benefitFor(campaign, tier));
            if (offer != null && offer.hasMinimum()) {
                BigDecimal shortBy = TierPrice.shortOfMinimum(subtotal, offer.getMinimum());
                if (shortBy.signum() > 0) {
                    shortfalls.add(new CartShortfall(campaign.getName(), offer, shortBy));
                }
            }
        }
        return shortfalls;
    }

    /** The tier's name in the shopper's language (金卡, Gold). */
    public String tierName(String tierCode) {
        return tierNames.nameOf(tierCode, locale());
    }

    /** The member day's date in the shopper's language: 周三 12月9日, Wed 9 Dec. */
    public String dayText(MemberDayBanner banner) {
        Locale locale = locale();
        String pattern = "zh".equals(locale.getLanguage()) ? "EEE M\u6708d\u65e5" : "EEE d MMM";
        return banner.getDay().format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** The name of the mall's zone the banner's times are in, in the shopper's language. */
    public String zoneName(MemberDayBanner banner) {
        return banner.getZone().getDisplayName(TextStyle.FULL, locale()) + " (" + banner.getZone().getId() + ")";
    }

    /**
     * The member-day coupons the logged-in member's tier may claim today in the campaigns that price the own mall,
     * each with the member's code once claimed; none for a guest.
     */
    public List<MemberDayCouponOffer> coupons() {
        HttpServletRequest request = request();
        Customer member = request == null ? null : Shoppers.loggedInMember(request);
        return member == null ? new ArrayList<MemberDayCouponOffer>() : couponsFor(member.getId(), now());
    }

    /** The member-day coupons of a member at a moment. */
    public List<MemberDayCouponOffer> couponsFor(Long customerId, Date at) {
        List<MemberDayCouponOffer> coupons = new ArrayList<MemberDayCouponOffer>();
        for (MemberDayCampaign campaign : memberDayService.activeCampaigns(null, at)) {
            if (memberDayService.couponOfferFor(customerId, campaign) == null) {
                continue;
            }
            CouponClaim claim = memberDayService.couponOf(customerId, campaign.getId(), at);
            coupons.add(new MemberDayCouponOffer(campaign.getId(), campaign.getName(),
                    claim == null ? null : claim.getCode()));
        }
        return coupons;
    }

    protected Date now() {
        return SystemTime.asDate();
    }

    private List<MemberDayBenefit> benefits(MemberDayCampaign campaign) {
        return memberDayService.benefitsOf(campaign.getId());
    }

    private static Locale locale() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        Locale locale = context == null ? null : context.getJavaLocale();
        if (locale == null && context != null && context.getRequest() != null) {
            locale = context.getRequest().getLocale();
        }
        return locale == null ? Locale.ENGLISH : locale;
    }

    private static HttpServletRequest request() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return context == null ? null : context.getRequest();
    }
}
