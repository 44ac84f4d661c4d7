package com.guidecommerce.admin.points.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.points.service.PointsService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * The points adjustment page: HQ finds a member (customer id or login), sees their balance and latest entries, and
 * adds or deducts points with a required reason; the ADJUST entry records the admin's login. Needs CREATE on the
 * points service ("Adjust member points"). Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + PointsAdjustController.SECTION_KEY)
public class PointsAdjustController {

    static final String SECTION_KEY = "gc-points-adjust";
    static final String MEMBER_NOT_FOUND = "gcPointsAdjust_error_member";
    static final String POINTS_INVALID = "gcPointsAdjust_error_points";

    private static final Log LOG = LogFactory.getLog(PointsAdjustController.class);

    private final PointsService pointsService;
    private final CustomerService customerService;
    private final AdminPageSupport pageSupport;

    public PointsAdjustController(PointsService pointsService, CustomerService customerService,
                                  AdminPageSupport pageSupport) {
        this.pointsService = pointsService;
        this.customerService = customerService;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "member", required = false) String member, Model model,
                       HttpServletResponse response) throws IOException {
        if (!canAdjust()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Customer customer = find(member);
        if (member != null && !member.trim().isEmpty() && customer == null) {
            model.addAttribute("errorKey", MEMBER_NOT_FOUND);
        }
        return page(model, member, customer);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String adjust(@RequestParam(value = "member", required = false) String member,
                         @RequestParam(value = "points", required = false) String points,
                         @RequestParam(value = "reason", required = false) String reason, Model model,
                         HttpServletResponse response) throws IOException {
        if (!canAdjust()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Customer customer = find(member);
        if (customer == null) {
            model.addAttribute("errorKey", MEMBER_NOT_FOUND);
            return page(model, member, null);
        }
        long amount;
        try {
            amount = Long.parseLong(points == null ? "" : points.trim());
        } catch (NumberFormatException e) {
            model.addAttribute("errorKey", POINTS_INVALID);
            model.addAttribute("reason", reason);
            return page(model, member, customer);
        }
        try {
            pointsService.adjust(customer.getId(), amount, reason, pageSupport.currentLogin());
            LOG.info("Points of member " + customer.getId() + " adjusted by " + amount + " by "
                    + pageSupport.currentLogin() + ": " + reason);
            model.addAttribute("done", amount);
        } catch (PointsException e) {
            model.addAttribute("errorKey", e.getMessageKey());
            model.addAttribute("points", points);
            model.addAttribute("reason", reason);
        }
        return page(model, member, customer);
    }

    private Customer find(String member) {
        String key = member == null ? "" : member.trim();
        if (key.isEmpty()) {
            return null;
        }
        if (key.matches("\\d{1,18}")) {
            Customer byId = customerService.readCustomerById(Long.valueOf(key));
            if (byId != null) {
                return byId;
            }
        }
        return customerService.readCustomerByUsername(key);
    }

    private String page(Model model, String member, Customer customer) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/pointsAdjust");
        model.addAttribute("member", member);
        if (customer != null) {
            model.addAttribute("customer", customer);
            model.addAttribute("balance", pointsService.balanceOf(customer.getId()));
            model.addAttribute("history", pointsService.history(customer.getId(), 20));
        }
        return "modules/defaultContainer";
    }

    private boolean canAdjust() {
        return pageSupport.isAllowed(PointsService.class, EntityOperationType.ADD);
    }
}
