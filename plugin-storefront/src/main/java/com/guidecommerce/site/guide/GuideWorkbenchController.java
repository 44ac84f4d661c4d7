package com.guidecommerce.site.guide;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.UnavailablePage;
import com.guidecommerce.site.share.GuideLinks;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The guide's workbench on their phone: their QR code, landing and share links, and their members. The guide is
 * always the one the logged-in account belongs to, never a request parameter, so a guide sees only their own members.
 */
@Controller
public class GuideWorkbenchController {

    /** Message prefix of the page for a customer who is not a guide. */
    public static final String NOT_A_GUIDE = "gc.workbench.notAGuide";
    /** Message prefix of the page for a guide who is suspended or has departed. */
    public static final String GUIDE_INACTIVE = "gc.workbench.inactive";

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcGuideLinks")
    protected GuideLinks guideLinks;

    @RequestMapping(value = "/guide", method = RequestMethod.GET)
    public String workbench(@RequestParam(value = "page", required = false) String page, HttpServletRequest request,
                            HttpServletResponse response, Model model) {
        Customer customer = Shoppers.loggedInMember(request);
        if (customer == null) {
            return "redirect:/login?successUrl=/guide";
        }
        Guide guide = organisationService.findGuideByCustomerId(customer.getId());
        if (guide == null) {
            return UnavailablePage.show(HttpServletResponse.SC_FORBIDDEN, NOT_A_GUIDE, null, response, model);
        }
        if (!guide.isActive()) {
            return UnavailablePage.show(HttpServletResponse.SC_FORBIDDEN, GUIDE_INACTIVE, guide.getName(), response,
                    model);
        }
        MemberPage memberPage = MemberPage.of(page, bindingService.countMembersOf(guide));
        model.addAttribute("guide", guide);
        model.addAttribute("landingUrl", guideLinks.landingUrl(guide.getGuideCode()));
        model.addAttribute("qrImagePath", GuideLinks.qrImagePath(guide.getGuideCode()));
        model.addAttribute("shareLink", guideLinks.shareLink(guide.getGuideCode()));
        model.addAttribute("memberPage", memberPage);
        model.addAttribute("members", rows(guide, memberPage));
        return "gc/workbench";
    }

    private List<MemberRow> rows(Guide guide, MemberPage page) {
        TimeZone storeZone = guide.getStore().getTimeZone();
        List<MemberRow> rows = new ArrayList<MemberRow>();
        for (MemberBinding binding : bindingService.findMembersOf(guide, page.getOffset(), MemberPage.SIZE)) {
            rows.add(MemberRow.of(binding, storeZone));
        }
        return rows;
    }
}
