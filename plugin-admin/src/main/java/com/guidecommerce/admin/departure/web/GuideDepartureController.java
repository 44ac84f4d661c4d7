package com.guidecommerce.admin.departure.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.departure.domain.DepartureStrategy;
import com.guidecommerce.core.departure.rule.DepartureException;
import com.guidecommerce.core.departure.service.DeparturePlan;
import com.guidecommerce.core.departure.service.DepartureResult;
import com.guidecommerce.core.departure.service.DepartureService;
import com.guidecommerce.core.organisation.domain.Guide;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;

/**
 * The departure page of a guide, reached from the guide's admin screen: choose a strategy, preview who inherits each
 * member and how many distributors go to each heir, then execute. Viewing and previewing need read access to guides, executing needs update access (Broadleaf's
 * URL security lets any signed-in admin user reach the URL). The page renders inside Broadleaf's admin layout under
 * the Guides section; its POST form carries Broadleaf's CSRF token, which {@code blc:form} adds. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + GuideDepartureController.SECTION_KEY + "/{id}/departure")
public class GuideDepartureController {

    static final String SECTION_KEY = "gc-guide";

    private static final Log LOG = LogFactory.getLog(GuideDepartureController.class);

    private final DepartureService departureService;
    private final BindingService bindingService;
    private final GenericEntityService entityService;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;

    public GuideDepartureController(DepartureService departureService, BindingService bindingService,
                                    GenericEntityService entityService, AdminPageSupport pageSupport,
                                    MessageSource messageSource) {
        this.departureService = departureService;
        this.bindingService = bindingService;
        this.entityService = entityService;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        Guide guide = readableGuide(id, response);
        return guide == null ? null : page(guide, new DepartureForm(), model);
    }

    @RequestMapping(method = RequestMethod.POST, params = "preview")
    public String preview(@PathVariable("id") Long id, @ModelAttribute("departureForm") DepartureForm form, Model model,
                          Locale locale, HttpServletResponse response) throws IOException {
        Guide guide = readableGuide(id, response);
        if (guide == null) {
            return null;
        }
        try {
            DeparturePlan plan = departureService.preview(guide, form.toRequest());
            model.addAttribute("preview", new DepartureSummary(plan.getLines(), plan.getDistributorLines()));
        } catch (DepartureException e) {
            model.addAttribute("errorMessage", messageOf(e, locale));
        }
        return page(guide, form, model);
    }

    @RequestMapping(method = RequestMethod.POST, params = "execute")
    public String execute(@PathVariable("id") Long id, @ModelAttribute("departureForm") DepartureForm form, Model model,
                          Locale locale, HttpServletResponse response) throws IOException {
        Guide guide = readableGuide(id, response);
        if (guide == null) {
            return null;
        }
        if (!pageSupport.isAllowed(Guide.class, EntityOperationType.UPDATE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        try {
            DepartureResult result = departureService.execute(guide, form.toRequest(), pageSupport.currentLogin());
            model.addAttribute("result", new DepartureSummary(result.getLines(), result.getDistributorLines()));
        } catch (DepartureException e) {
            LOG.info("Departure of guide " + guide.getGuideCode() + " refused: " + e.getMessage());
            model.addAttribute("errorMessage", messageOf(e, locale));
        }
        return page(guide, form, model);
    }

    private String page(Guide guide, DepartureForm form, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/guideDeparture");
        model.addAttribute("guide", guide);
        pageSupport.addTimesOfGuide(model, guide.getId());
        model.addAttribute("memberCount", bindingService.countMembersOf(guide));
        model.addAttribute("departure", departureService.findDepartureOf(guide));
        model.addAttribute("departureForm", form);
        model.addAttribute("strategies", DepartureStrategy.values());
        model.addAttribute("canExecute", pageSupport.isAllowed(Guide.class, EntityOperationType.UPDATE));
        return "modules/defaultContainer";
    }

    /** The guide, or {@code null} after answering 404 or 403. */
    private Guide readableGuide(Long id, HttpServletResponse response) throws IOException {
        Guide guide = (Guide) entityService.readGenericEntity(Guide.class.getName(), id);
        if (guide == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!pageSupport.isAllowed(Guide.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return guide;
    }

    private String messageOf(DepartureException e, Locale locale) {
        return messageSource.getMessage(e.getError().getMessageKey(), e.getArguments(), e.getMessage(), locale);
    }
}
