package com.guidecommerce.admin.distribution.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.rule.DistributionError;
import com.guidecommerce.core.distribution.rule.DistributionException;
import com.guidecommerce.core.distribution.rule.StatusChanges;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;

/**
 * HQ's actions on one distributor, reached from the distributor's screen: approve, move to another guide (by guide
 * code), suspend, reactivate or end, each with a reason, and the distributor's history below. Viewing needs read
 * access to distributors, acting needs update access to the distribution service (so the generic screen stays
 * read-only). Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + DistributorActionController.SECTION_KEY + "/{id}/action")
public class DistributorActionController {

    static final String SECTION_KEY = "gc-distributor";

    private static final Log LOG = LogFactory.getLog(DistributorActionController.class);

    private final DistributionService distributionService;
    private final OrganisationService organisationService;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;

    public DistributorActionController(DistributionService distributionService, OrganisationService organisationService,
                                       AdminPageSupport pageSupport, MessageSource messageSource) {
        this.distributionService = distributionService;
        this.organisationService = organisationService;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        Distributor distributor = readable(id, response);
        return distributor == null ? null : page(distributor, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String act(@PathVariable("id") Long id, @RequestParam(value = "action", required = false) String action,
                      @RequestParam(value = "guideCode", required = false) String guideCode,
                      @RequestParam(value = "reason", required = false) String reason, Model model, Locale locale,
                      HttpServletResponse response) throws IOException {
        Distributor distributor = readable(id, response);
        if (distributor == null) {
            return null;
        }
        if (!canChange()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        DistributorAction chosen = DistributorAction.getInstance(action);
        try {
            distributor = apply(distributor, chosen, guideCode, reason);
            model.addAttribute("done", chosen);
        } catch (DistributionException e) {
            LOG.info("Action " + action + " on distributor " + distributor.getCode() + " refused: " + e.getMessage());
            model.addAttribute("errorMessage",
                    messageSource.getMessage(e.getError().getMessageKey(), e.getArguments(), e.getMessage(), locale));
            model.addAttribute("chosenAction", action);
            model.addAttribute("guideCode", guideCode);
            model.addAttribute("reason", reason);
        }
        return page(distributor, model);
    }

    private Distributor apply(Distributor distributor, DistributorAction action, String guideCode, String reason) {
        String actor = pageSupport.currentLogin();
        Long id = distributor.getId();
        if (DistributorAction.APPROVED.equals(action)) {
            return distributionService.approve(id, actor, reason);
        }
        if (DistributorAction.MOVED.equals(action)) {
            String code = guideCode == null ? "" : guideCode.trim();
            Guide target = organisationService.findGuideByCode(code);
            if (target == null) {
                throw new DistributionException(DistributionError.GUIDE_NOT_FOUND, code);
            }
            return distributionService.move(id, target.getId(), actor, reason);
        }
        if (DistributorAction.SUSPENDED.equals(action)) {
            return distributionService.suspend(id, actor, reason);
        }
        if (DistributorAction.REACTIVATED.equals(action)) {
            return distributionService.reactivate(id, actor, reason);
        }
        if (DistributorAction.ENDED.equals(action)) {
            return distributionService.end(id, actor, reason);
        }
        throw new DistributionException(DistributionError.ACTION_NOT_ALLOWED, distributor.getCode(),
                distributor.getStatus().getType(), String.valueOf(action));
    }

    private String page(Distributor distributor, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        pageSupport.addTimesOfGuide(model, distributor.getGuide().getId());
        model.addAttribute("viewType", "gc/distributorAction");
        model.addAttribute("distributor", distributor);
        model.addAttribute("actions", StatusChanges.available(distributor.getStatus()));
        model.addAttribute("history", distributionService.findHistory(distributor.getId()));
        model.addAttribute("canChange", canChange());
        return "modules/defaultContainer";
    }

    private boolean canChange() {
        return pageSupport.isAllowed(DistributionService.class, EntityOperationType.UPDATE);
    }

    /** The distributor, or {@code null} after answering 404 or 403. */
    private Distributor readable(Long id, HttpServletResponse response) throws IOException {
        Distributor distributor = distributionService.findById(id);
        if (distributor == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!pageSupport.isAllowed(Distributor.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return distributor;
    }
}
