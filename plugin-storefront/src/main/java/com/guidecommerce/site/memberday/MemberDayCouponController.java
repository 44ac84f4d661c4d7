package com.guidecommerce.site.memberday;

import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.memberday.service.CouponClaimResult;
import com.guidecommerce.core.memberday.service.MemberDayService;
import com.guidecommerce.site.common.Shoppers;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * POST /member-day/coupon: the logged-in member claims the member-day coupon of their tier from the banner
 * (webTemplates/gc/memberDay.html, a CSRF-protected form) and is sent back to the page they were on, where the banner
 * then shows the code; a refusal comes back as a flash message in the member's language.
 */
@Controller
public class MemberDayCouponController {

    public static final String PATH = "/member-day/coupon";
    /** Form field: the campaign whose coupon is claimed. */
    public static final String CAMPAIGN = "campaignId";
    /** Form field: the page to go back to (a path of this site). */
    public static final String BACK = "backTo";
    /** Flash attribute: the code just claimed (or claimed before). */
    public static final String CLAIMED = "gcMemberDayCouponCode";
    /** Message key of the refusal when it is not the campaign's member day (now or any more). */
    public static final String NOT_MEMBER_DAY = "gc.memberday.coupon.notMemberDay";
    /** Flash attribute: why no coupon was given, as the member reads it. */
    public static final String ERROR = "gcMemberDayCouponError";

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String claim(@RequestParam(value = CAMPAIGN, required = false) String campaignId,
                        @RequestParam(value = BACK, required = false) String backTo, HttpServletRequest request) {
        String back = backPath(backTo, request.getContextPath());
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + back;
        }
        Long campaign = parse(campaignId);
        CouponClaimResult result = memberDayService.claimCoupon(member.getId(), campaign, SystemTime.asDate());
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (result.isRefused()) {
            String key = result.getRefusal() == MemberDayError.NOT_MEMBER_DAY ? NOT_MEMBER_DAY
                    : result.getRefusal().getMessageKey();
            flash.put(ERROR, messageSource.getMessage(key, null, RequestContextUtils.getLocale(request)));
        } else {
            flash.put(CLAIMED, result.getClaim().getCode());
        }
        return "redirect:" + back;
    }

    /** A path of this site to go back to (without the context path, which the redirect adds); "/" otherwise. */
    static String backPath(String backTo, String contextPath) {
        if (backTo == null || !backTo.startsWith("/") || backTo.startsWith("//") || backTo.contains("\\")
                || backTo.contains("\r") || backTo.contains("\n")) {
            return "/";
        }
        String path = backTo;
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath + "/")) {
            path = path.substring(contextPath.length());
        }
        return path;
    }

    private static Long parse(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
