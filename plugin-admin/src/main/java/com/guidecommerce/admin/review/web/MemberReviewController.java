package com.guidecommerce.admin.review.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.MemberReviewJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * The Member review page: HQ runs the scheduled member review (bounties, then fraud signals) at once and reads its
 * summary, and sees the review's last runs on any admin node. Seeing the page needs read access to new-member bounties;
 * running the review needs the fraud review permission, since it raises and refreshes the signals HQ reviews. The run
 * goes through the job runner like the schedule's, so while the review runs on any node the page says where and
 * since when instead of running it twice. The page shows under the New-member bounties section; its POST form
 * carries Broadleaf's CSRF token through {@code blc:form}. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-member-review")
public class MemberReviewController {

    static final String SECTION_KEY = "gc-new-member-bounty";

    private static final Log LOG = LogFactory.getLog(MemberReviewController.class);

    private final MemberReviewJob memberReviewJob;
    private final JobPageSupport jobPages;
    private final AdminPageSupport pageSupport;

    public MemberReviewController(MemberReviewJob memberReviewJob, JobPageSupport jobPages,
                                  AdminPageSupport pageSupport) {
        this.memberReviewJob = memberReviewJob;
        this.jobPages = jobPages;
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
        if (!canView() || !canRun()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        String login = pageSupport.currentLogin();
        LOG.info("Member review started from the admin by " + login);
        JobRunResult<String> result = jobPages.runNow(memberReviewJob, login, model);
        if (result.isRan()) {
            model.addAttribute("summary", result.getResult());
        }
        return page(model);
    }

    private String page(Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/memberReview");
        model.addAttribute("canRun", canRun());
        jobPages.addLastRuns(memberReviewJob, model);
        return "modules/defaultContainer";
    }

    private boolean canView() {
        return pageSupport.isAllowed(NewMemberBounty.class, EntityOperationType.FETCH);
    }

    private boolean canRun() {
        return pageSupport.isAllowed(FraudSignal.class, EntityOperationType.UPDATE);
    }
}
