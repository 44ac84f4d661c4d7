package com.guidecommerce.admin.review.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * The Member review page, under the Fraud review section (whose list runs the review too): what the review does, the
 * review's last runs on any admin node, and a button to run it at once. Seeing the page needs read access to fraud
 * signals or to new-member bounties, the two things the review writes; running it is {@link MemberReviewAction}'s
 * rule. The POST form carries Broadleaf's CSRF token through {@code blc:form}. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-member-review")
public class MemberReviewController {

    static final String SECTION_KEY = "gc-fraud-signal";

    private final MemberReviewAction review;
    private final AdminPageSupport pageSupport;

    public MemberReviewController(MemberReviewAction review, AdminPageSupport pageSupport) {
        this.review = review;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, HttpServletResponse response) throws IOException {
        if (!canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return page(model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String run(Model model, HttpServletResponse response) throws IOException {
        if (!canView() || !review.mayRun()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        model.addAllAttributes(review.run());
        return page(model);
    }

    private String page(Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/memberReview");
        model.addAttribute("canRun", review.mayRun());
        review.addLastRuns(model);
        return "modules/defaultContainer";
    }

    private boolean canView() {
        return pageSupport.isAllowed(FraudSignal.class, EntityOperationType.FETCH)
                || pageSupport.isAllowed(NewMemberBounty.class, EntityOperationType.FETCH);
    }
}
