package com.guidecommerce.site.packagecard;

import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.packagecard.rule.CardCodes;
import com.guidecommerce.core.packagecard.service.CardView;
import com.guidecommerce.core.packagecard.service.ClaimResult;
import com.guidecommerce.core.packagecard.service.PackageCardException;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.UnavailablePage;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The page a package card's QR code opens ({@code /card/{code}}): the brand, the campaign, the store and the guide the
 * card binds to. An anonymous visitor is invited to register or log in and comes back here afterwards; a member
 * claims the card with a button ({@code POST /card/{code}/claim}), which binds them to the guide and links the
 * platform buyer of the card's order to their account. A forged or altered code gets a page saying so.
 */
@Controller
public class CardLandingController {

    static final String VIEW = "gc/card";
    static final String NOTICE = "gcCardNotice";

    @Resource(name = "gcPackageCardService")
    protected PackageCardService cardService;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    private String brandName = "";

    /** The brand shown above the campaign ({@code gc.brand.name}). */
    public void setBrandName(String brandName) {
        this.brandName = brandName == null ? "" : brandName.trim();
    }

    @RequestMapping(value = "/card/{code:.+}", method = RequestMethod.GET)
    public String landing(@PathVariable("code") String code, HttpServletRequest request, Model model) {
        CardView card = cardService.open(code);
        Customer member = Shoppers.loggedInMember(request);
        cardService.recordScan(card, CardVisit.visitorKey(request.getSession(true), member));
        model.addAttribute("card", card);
        model.addAttribute("brandName", brandName);
        model.addAttribute("landingPath", CardCodes.landingPath(code));
        if (member == null) {
            CardVisit.remember(request.getSession(true), code);
            model.addAttribute("successUrl", CardCodes.landingPath(code));
            return VIEW;
        }
        model.addAttribute("member", member);
        model.addAttribute("currentBinding", bindingService.findValidBinding(member.getId()));
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(NOTICE);
        if (notice instanceof CardNotice) {
            model.addAttribute("notice", notice);
        } else {
            model.addAttribute("canClaim", true);
        }
        return VIEW;
    }

    @RequestMapping(value = "/card/{code}/claim", method = RequestMethod.POST)
    public String claim(@PathVariable("code") String code, HttpServletRequest request) {
        CardView card = cardService.open(code);
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + CardCodes.landingPath(code);
        }
        ClaimResult result = cardService.claim(card, member);
        RequestContextUtils.getOutputFlashMap(request).put(NOTICE, CardNotice.of(result, card.getGuide().getName()));
        return "redirect:" + CardCodes.landingPath(code);
    }

    /** A forged or altered code, an ended campaign or a store without guide: a page saying so, for both requests. */
    @ExceptionHandler(PackageCardException.class)
    public ModelAndView unavailable(PackageCardException refused, HttpServletResponse response) {
        ExtendedModelMap model = new ExtendedModelMap();
        String view;
        if (PackageCardException.NO_GUIDE.equals(refused.getCode())) {
            view = UnavailablePage.show(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "gc.card.noGuide", null, response,
                    model);
        } else {
            view = UnavailablePage.show(HttpServletResponse.SC_NOT_FOUND, PackageCardException.INVALID_CODE.equals(
                    refused.getCode()) ? "gc.card.invalid" : "gc.card.unknown", null, response, model);
        }
        return new ModelAndView(view, model);
    }
}
