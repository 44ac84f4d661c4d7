package com.guidecommerce.admin.fraud.web;

import com.guidecommerce.admin.review.web.MemberReviewAction;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The Fraud review section: Broadleaf's own entity screens over fraud signals, whose list also offers "run the member
 * review now" to those who may run it ({@link MemberReviewAction}). The run is a POST from the list (with Broadleaf's
 * CSRF token); it redirects back to the list, which then shows what the run did in the admin user's language, so a
 * reload never runs the review again. Broadleaf maps this address here before its generic {@code /{sectionKey}}
 * controller. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + FraudReviewController.SECTION_KEY)
public class FraudReviewController extends AdminBasicEntityController {

    public static final String SECTION_KEY = "gc-fraud-signal";

    static final String LIST_VIEW = "gc/fraudReviewList";

    private final MemberReviewAction review;

    public FraudReviewController(MemberReviewAction review) {
        this.review = review;
    }

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String sectionKey = super.getSectionKey(pathVars);
        return sectionKey == null ? SECTION_KEY : sectionKey;
    }

    /** Broadleaf's list of signals, inside a view that adds the run button above it. */
    @Override
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewEntityList(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @PathVariable Map<String, String> pathVars,
                                 @RequestParam MultiValueMap<String, String> requestParams) throws Exception {
        String view = super.viewEntityList(request, response, model, pathVars, requestParams);
        model.addAttribute("viewType", LIST_VIEW);
        model.addAttribute("canRunReview", review.mayRun());
        return view;
    }

    @RequestMapping(value = "/run-review", method = RequestMethod.POST)
    public String runReview(HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (!review.mayRun()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        for (Map.Entry<String, Object> shown : review.run().entrySet()) {
            redirect.addFlashAttribute(shown.getKey(), shown.getValue());
        }
        return "redirect:/" + SECTION_KEY;
    }
}
