package com.guidecommerce.site.guide;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.UnavailablePage;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.ui.Model;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The guide a workbench page is for: always the one the logged-in account belongs to, never a request parameter.
 * Workbench controllers ask here so that every page refuses a non-guide and an inactive guide alike.
 */
public final class WorkbenchGuide {

    private WorkbenchGuide() {
    }

    /** The logged-in account's guide when active; otherwise null, with the unavailable page in the model if any. */
    public static Guide active(OrganisationService organisations, HttpServletRequest request,
                               HttpServletResponse response, Model model) {
        Customer customer = Shoppers.loggedInMember(request);
        if (customer == null) {
            return null;
        }
        Guide guide = organisations.findGuideByCustomerId(customer.getId());
        if (guide == null) {
            UnavailablePage.show(HttpServletResponse.SC_FORBIDDEN, GuideWorkbenchController.NOT_A_GUIDE, null,
                    response, model);
            return null;
        }
        if (!guide.isActive()) {
            UnavailablePage.show(HttpServletResponse.SC_FORBIDDEN, GuideWorkbenchController.GUIDE_INACTIVE,
                    guide.getName(), response, model);
            return null;
        }
        return guide;
    }

    /** The unavailable page {@link #active} chose, or the login page (back to {@code path}) for a visitor. */
    public static String notShown(Model model, String path) {
        return model.containsAttribute("titleKey") ? UnavailablePage.VIEW : "redirect:/login?successUrl=" + path;
    }
}
