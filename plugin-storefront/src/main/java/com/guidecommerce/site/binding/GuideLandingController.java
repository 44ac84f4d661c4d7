package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.BindingDecision;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.rule.BindingRules;
import com.guidecommerce.core.binding.rule.CurrentBinding;
import com.guidecommerce.core.binding.service.BindingResult;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.StoreDates;
import com.guidecommerce.site.common.UnavailablePage;
import com.guidecommerce.site.share.GuideLinks;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The page a guide's QR code and posters point to. An anonymous visitor is remembered as wanting this guide (a
 * pending binding carried out when they register) and is invited to register or log in; a member sees their current
 * exclusive guide and, where the binding policy allows it, a button that makes this guide theirs.
 */
@Controller
public class GuideLandingController {

    /** Message prefix of the page for a guide code nobody has. */
    public static final String UNKNOWN_GUIDE = "gc.landing.unknown";
    /** Message prefix of the page for a guide who is suspended or has departed. */
    public static final String GUIDE_GONE = "gc.landing.gone";

    static final String VIEW = "gc/landing";
    static final String NOTICE = "gcBindingNotice";
    static final String REASON = BindingReasons.STORE_QR;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcGuideLinks")
    protected GuideLinks guideLinks;

    @RequestMapping(value = "/g/{guideCode}", method = RequestMethod.GET)
    public String landing(@PathVariable("guideCode") String guideCode, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        Guide guide = organisationService.findGuideByCode(guideCode);
        if (guide == null || !guide.isActive()) {
            return unavailable(guide, response, model);
        }
        model.addAttribute("guide", guide);
        model.addAttribute("landingUrl", guideLinks.landingUrl(guide.getGuideCode()));
        model.addAttribute("qrImagePath", GuideLinks.qrImagePath(guide.getGuideCode()));
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            PendingBindingStore.offer(request.getSession(true),
                    new PendingBinding(guide.getGuideCode(), BindingSource.STORE_QR, SystemTime.asDate()));
            model.addAttribute("successUrl", GuideLinks.landingPath(guide.getGuideCode()));
        } else {
            addMembersView(member, guide, request, model);
        }
        return VIEW;
    }

    /**
     * The member's current guide, and either what their last request did or whether the button can help them. A
     * guide's own account (visiting their page or a colleague's) is told why it is not offered the button.
     */
    private void addMembersView(Customer member, Guide guide, HttpServletRequest request, Model model) {
        MemberBinding current = bindingService.findValidBinding(member.getId());
        Guide ownGuide = organisationService.findGuideByCustomerId(member.getId());
        model.addAttribute("member", member);
        model.addAttribute("currentBinding", current);
        model.addAttribute("viewerIsGuide", ownGuide != null);
        BindingNotice justDone = justDone(request);
        if (justDone != null) {
            model.addAttribute("notice", justDone);
            return;
        }
        BindingDecision preview = preview(ownGuide, guide, current);
        if (preview.getOutcome() == BindingOutcome.BIND || preview.getOutcome() == BindingOutcome.REBIND) {
            model.addAttribute("canBind", true);
        } else {
            model.addAttribute("notice", describe(preview.getOutcome(), preview.getReason(), guide, current));
        }
    }

    @RequestMapping(value = "/g/{guideCode}/bind", method = RequestMethod.POST)
    public String bind(@PathVariable("guideCode") String guideCode, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        Guide guide = organisationService.findGuideByCode(guideCode);
        if (guide == null) {
            return unavailable(null, response, model);
        }
        String landing = GuideLinks.landingPath(guide.getGuideCode());
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + landing;
        }
        BindingResult result = bindingService.bind(member, guide, BindingSource.STORE_QR, member.getUsername(),
                REASON);
        RequestContextUtils.getOutputFlashMap(request).put(NOTICE,
                describe(result.getOutcome(), result.getReason(), guide, result.getBinding()));
        return "redirect:" + landing;
    }

    /** What pressing the button would do, decided by the same rules the binding service applies. */
    private BindingDecision preview(Guide ownGuide, Guide guide, MemberBinding current) {
        CurrentBinding snapshot = current == null ? null
                : new CurrentBinding(current.getGuide().getId(), current.getValidUntil(), current.getProtectedUntil());
        return BindingRules.decide(snapshot, guide.getId(), guide.isActive(), ownGuide == null ? null : ownGuide.getId(),
                false, bindingService.termsFor(BindingSource.STORE_QR), SystemTime.asDate());
    }

    private static BindingNotice describe(BindingOutcome outcome, String reason, Guide requested,
                                          MemberBinding current) {
        Guide currentGuide = current == null ? null : current.getGuide();
        return BindingNotice.describe(outcome, reason, requested.getName(),
                currentGuide == null ? null : currentGuide.getName(),
                currentGuide == null ? null : StoreDates.day(current.getProtectedUntil(), currentGuide.getStore()));
    }

    private static BindingNotice justDone(HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(NOTICE);
        return notice instanceof BindingNotice ? (BindingNotice) notice : null;
    }

    private static String unavailable(Guide guide, HttpServletResponse response, Model model) {
        if (guide == null) {
            return UnavailablePage.show(HttpServletResponse.SC_NOT_FOUND, UNKNOWN_GUIDE, null, response, model);
        }
        return UnavailablePage.show(HttpServletResponse.SC_GONE, GUIDE_GONE, guide.getName(), response, model);
    }
}
