package com.guidecommerce.admin.tier.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.TierError;
import com.guidecommerce.core.tier.rule.TierException;
import com.guidecommerce.core.tier.service.TierProposal;
import com.guidecommerce.core.tier.service.TierService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;

/**
 * The tier evaluation page: for guides or distributors, the current period so far as its evaluation would come out
 * (each subject's tier now, the tier proposed and the figures behind it), and HQ's override of one subject's tier by
 * code, with a required reason, recorded with the admin's login. Viewing needs read access to tiers, overriding
 * update access to the tier service. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + TierEvaluationController.SECTION_KEY)
public class TierEvaluationController {

    static final String SECTION_KEY = "gc-tier-evaluation";

    private static final Log LOG = LogFactory.getLog(TierEvaluationController.class);

    private final TierService tierService;
    private final OrganisationService organisationService;
    private final DistributionService distributionService;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;

    public TierEvaluationController(TierService tierService, OrganisationService organisationService,
                                    DistributionService distributionService, AdminPageSupport pageSupport,
                                    MessageSource messageSource) {
        this.tierService = tierService;
        this.organisationService = organisationService;
        this.distributionService = distributionService;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "subject", required = false) String subject, Model model,
                       HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(Tier.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return page(subjectOf(subject), model);
    }

    @RequestMapping(value = "/override", method = RequestMethod.POST)
    public String override(@RequestParam(value = "subject", required = false) String subject,
                           @RequestParam(value = "code", required = false) String code,
                           @RequestParam(value = "tier", required = false) String tier,
                           @RequestParam(value = "reason", required = false) String reason, Model model,
                           Locale locale, HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(TierService.class, EntityOperationType.UPDATE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        TierSubject kind = subjectOf(subject);
        try {
            model.addAttribute("done", tierService.override(kind, idOf(kind, code), tier,
                    pageSupport.currentLogin(), reason));
        } catch (TierException e) {
            LOG.info("Tier override of " + kind.getType() + " " + code + " refused: " + e.getMessage());
            model.addAttribute("errorMessage",
                    messageSource.getMessage(e.getError().getMessageKey(), e.getArguments(), e.getMessage(), locale));
            model.addAttribute("code", code);
            model.addAttribute("chosenTier", tier);
            model.addAttribute("reason", reason);
        }
        return page(kind, model);
    }

    private Long idOf(TierSubject kind, String code) {
        String trimmed = code == null ? "" : code.trim();
        if (TierSubject.GUIDE.equals(kind)) {
            Guide guide = organisationService.findGuideByCode(trimmed);
            if (guide != null) {
                return guide.getId();
            }
        } else {
            Distributor distributor = distributionService.findByCode(trimmed);
            if (distributor != null) {
                return distributor.getId();
            }
        }
        throw new TierException(TierError.SUBJECT_NOT_FOUND, trimmed);
    }

    private String page(TierSubject subject, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/tierEvaluation");
        model.addAttribute("subject", subject);
        model.addAttribute("subjects", new TierSubject[] {TierSubject.GUIDE, TierSubject.DISTRIBUTOR});
        model.addAttribute("period", tierService.currentPeriod());
        List<Tier> tiers = tierService.findTiers(subject);
        model.addAttribute("tiers", tiers);
        // Without a ladder there is nothing to propose; the page says so rather than failing.
        model.addAttribute("proposals", tiers.isEmpty() ? Collections.<TierProposal>emptyList()
                : tierService.preview(subject));
        model.addAttribute("history", tierService.findHistory(subject, null, 20));
        model.addAttribute("canOverride", pageSupport.isAllowed(TierService.class, EntityOperationType.UPDATE));
        return "modules/defaultContainer";
    }

    private static TierSubject subjectOf(String type) {
        TierSubject subject = TierSubject.getInstance(type);
        return subject == null ? TierSubject.GUIDE : subject;
    }
}
