package com.guidecommerce.site.distribution;

import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.distribution.rule.JoinOutcome;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.distribution.service.JoinResult;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.UnavailablePage;
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
 * Where an invitation's link and QR code lead: the inviting guide and a button to become their distributor (a
 * visitor registers or logs in first and comes back), then the member's distributor page with what happened, or
 * this page again with the reason it was refused.
 */
@Controller
public class DistributorJoinController {

    /** Message prefix of the page for a token no invitation has. */
    public static final String UNKNOWN_INVITATION = "gc.distributor.unknown";
    /** Flash attribute: the message key of what accepting did. */
    public static final String NOTICE = "gcDistributorNotice";
    /** Message key of the notice after joining at once. */
    public static final String JOINED = "gc.distributor.joined";
    /** Message key of the notice after joining, waiting for HQ's approval. */
    public static final String PENDING = "gc.distributor.pendingApproval";

    static final String JOIN_VIEW = "gc/distributorJoin";

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @RequestMapping(value = "/distributor/join/{token:[0-9a-f]{32}}", method = RequestMethod.GET)
    public String join(@PathVariable("token") String token, HttpServletRequest request, HttpServletResponse response,
                       Model model) {
        DistributorInvitation invitation = distributionService.findInvitation(token);
        if (invitation == null) {
            return UnavailablePage.show(HttpServletResponse.SC_NOT_FOUND, UNKNOWN_INVITATION, null, response, model);
        }
        model.addAttribute("guide", invitation.getGuide());
        model.addAttribute("joinPath", DistributorLinks.joinPath(token));
        Customer member = Shoppers.loggedInMember(request);
        model.addAttribute("member", member);
        Object refusal = flash(request);
        if (refusal == null && member != null) {
            // Said before the member presses Accept, rather than after.
            JoinRefusal now = distributionService.refusalFor(token, member);
            refusal = now == null ? null : now.getMessageKey();
        }
        if (refusal != null) {
            model.addAttribute("refusal", refusal);
        }
        return JOIN_VIEW;
    }

    @RequestMapping(value = "/distributor/join/{token:[0-9a-f]{32}}", method = RequestMethod.POST)
    public String accept(@PathVariable("token") String token, HttpServletRequest request) {
        String joinPath = DistributorLinks.joinPath(token);
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + joinPath;
        }
        JoinResult result = distributionService.accept(token, member);
        if (result.isRefused()) {
            RequestContextUtils.getOutputFlashMap(request).put(NOTICE, result.getRefusal().getMessageKey());
            return "redirect:" + joinPath;
        }
        RequestContextUtils.getOutputFlashMap(request).put(NOTICE,
                result.getOutcome() == JoinOutcome.PENDING_APPROVAL ? PENDING : JOINED);
        return "redirect:" + DistributorLinks.DISTRIBUTOR_PATH;
    }

    private static Object flash(HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash == null ? null : flash.get(NOTICE);
    }
}
