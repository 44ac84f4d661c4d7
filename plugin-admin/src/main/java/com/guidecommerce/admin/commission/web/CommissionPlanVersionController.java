package com.guidecommerce.admin.commission.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.service.CommissionPlanException;
import com.guidecommerce.core.commission.service.CommissionPlanService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * The Publish and New version pages of a commission plan, reached from the plan's screen. Publishing makes a draft the
 * plan in force from now and retires the version in force before; a new version copies a plan and its rules into the
 * next draft. Each page shows what will happen and acts on a POST (Broadleaf's CSRF token travels with
 * {@code blc:form}). Seeing needs read access to plans, acting needs update access. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-commission-plan/{id}")
public class CommissionPlanVersionController {

    static final String SECTION_KEY = "gc-commission-plan";
    static final String PUBLISH = "publish";
    static final String NEW_VERSION = "new-version";

    private final CommissionPlanService planService;
    private final AdminPageSupport pageSupport;

    public CommissionPlanVersionController(CommissionPlanService planService, AdminPageSupport pageSupport) {
        this.planService = planService;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(value = "/" + PUBLISH, method = RequestMethod.GET)
    public String showPublish(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        CommissionPlan plan = plan(id, EntityOperationType.FETCH, response);
        return plan == null ? null : page(plan, PUBLISH, model);
    }

    @RequestMapping(value = "/" + PUBLISH, method = RequestMethod.POST)
    public String publish(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        CommissionPlan plan = plan(id, EntityOperationType.UPDATE, response);
        if (plan == null) {
            return null;
        }
        try {
            planService.publish(id, pageSupport.currentLogin());
            model.addAttribute("published", Boolean.TRUE);
        } catch (CommissionPlanException e) {
            model.addAttribute("errorKey", e.getCode());
        }
        return page(planService.findPlan(id), PUBLISH, model);
    }

    @RequestMapping(value = "/" + NEW_VERSION, method = RequestMethod.GET)
    public String showNewVersion(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        CommissionPlan plan = plan(id, EntityOperationType.FETCH, response);
        return plan == null ? null : page(plan, NEW_VERSION, model);
    }

    @RequestMapping(value = "/" + NEW_VERSION, method = RequestMethod.POST)
    public String newVersion(@PathVariable("id") Long id, HttpServletResponse response) throws IOException {
        CommissionPlan plan = plan(id, EntityOperationType.UPDATE, response);
        if (plan == null) {
            return null;
        }
        CommissionPlan copy = planService.newVersion(id, pageSupport.currentLogin());
        return "redirect:/" + SECTION_KEY + "/" + copy.getId();
    }

    private String page(CommissionPlan plan, String action, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/commissionPlanVersion");
        model.addAttribute("action", action);
        model.addAttribute("plan", plan);
        model.addAttribute("activePlan", planService.findActivePlan());
        model.addAttribute("nextVersionNo", planService.nextVersionNo());
        model.addAttribute("isDraft", planService.isDraft(plan.getId()));
        model.addAttribute("canChange", pageSupport.isAllowed(CommissionPlan.class, EntityOperationType.UPDATE));
        return "modules/defaultContainer";
    }

    /** The plan, or {@code null} after answering 404 or 403. */
    private CommissionPlan plan(Long id, EntityOperationType needed, HttpServletResponse response) throws IOException {
        CommissionPlan plan = planService.findPlan(id);
        if (plan == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!pageSupport.isAllowed(CommissionPlan.class, needed)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return plan;
    }
}
