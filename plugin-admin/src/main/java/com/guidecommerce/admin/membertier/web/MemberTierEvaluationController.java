package com.guidecommerce.admin.membertier.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.rule.MemberTierError;
import com.guidecommerce.core.membertier.rule.MemberTierException;
import com.guidecommerce.core.membertier.service.MemberTierProposal;
import com.guidecommerce.core.membertier.service.MemberTierService;
import com.guidecommerce.core.tier.rule.TierException;
import com.guidecommerce.core.tier.rule.TierPeriod;
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
 * The member tier evaluation page: the changes the evaluation of a period would make (the last ended period unless
 * another is chosen), Run to apply it once, and HQ's override of one member's tier with a required reason, recorded
 * with the admin's login. Viewing needs read access to member tiers; running and overriding need update access to
 * the member tier service. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + MemberTierEvaluationController.SECTION_KEY)
public class MemberTierEvaluationController {

    static final String SECTION_KEY = "gc-member-tier-evaluation";

    private static final Log LOG = LogFactory.getLog(MemberTierEvaluationController.class);

    private final MemberTierService service;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;

    public MemberTierEvaluationController(MemberTierService service, AdminPageSupport pageSupport,
                                          MessageSource messageSource) {
        this.service = service;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "period", required = false) String period, Model model,
                       Locale locale, HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(MemberTier.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return page(period, model, locale);
    }

    @RequestMapping(value = "/run", method = RequestMethod.POST)
    public String run(@RequestParam(value = "period", required = false) String period, Model model, Locale locale,
                      HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(MemberTierService.class, EntityOperationType.UPDATE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        try {
            model.addAttribute("result", service.evaluate(periodOf(period), pageSupport.currentLogin()));
        } catch (MemberTierException e) {
            LOG.info("Member tier evaluation of " + period + " refused: " + e.getMessage());
            model.addAttribute("errorMessage", message(e, locale));
        }
        return page(period, model, locale);
    }

    @RequestMapping(value = "/override", method = RequestMethod.POST)
    public String override(@RequestParam(value = "member", required = false) String member,
                           @RequestParam(value = "tier", required = false) String tier,
                           @RequestParam(value = "reason", required = false) String reason, Model model,
                           Locale locale, HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(MemberTierService.class, EntityOperationType.UPDATE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        try {
            model.addAttribute("done", service.override(memberId(member), tier, reason, pageSupport.currentLogin()));
        } catch (MemberTierException e) {
            LOG.info("Member tier override of " + member + " refused: " + e.getMessage());
            model.addAttribute("errorMessage", message(e, locale));
            model.addAttribute("member", member);
            model.addAttribute("chosenTier", tier);
            model.addAttribute("reason", reason);
        }
        return page(null, model, locale);
    }

    private String page(String period, Model model, Locale locale) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/memberTierEvaluation");
        TierPeriod chosen;
        try {
            chosen = periodOf(period);
        } catch (MemberTierException e) {
            model.addAttribute("errorMessage", message(e, locale));
            chosen = service.lastEndedPeriod();
        }
        model.addAttribute("period", chosen);
        List<MemberTier> tiers = service.findTiers();
        model.addAttribute("tiers", tiers);
        // Without a ladder there is nothing to propose; the page says so rather than failing.
        model.addAttribute("proposals", tiers.isEmpty() ? Collections.<MemberTierProposal>emptyList()
                : service.preview(chosen));
        model.addAttribute("history", service.history(null, 20));
        model.addAttribute("canChange", pageSupport.isAllowed(MemberTierService.class, EntityOperationType.UPDATE));
        return "modules/defaultContainer";
    }

    private TierPeriod periodOf(String key) {
        if (key == null || key.trim().isEmpty()) {
            return service.lastEndedPeriod();
        }
        try {
            return TierPeriod.parse(key);
        } catch (TierException e) {
            throw new MemberTierException(MemberTierError.BAD_PERIOD, key);
        }
    }

    private static Long memberId(String member) {
        try {
            return Long.valueOf(member == null ? "" : member.trim());
        } catch (NumberFormatException e) {
            throw new MemberTierException(MemberTierError.MEMBER_NOT_FOUND, member);
        }
    }

    private String message(MemberTierException e, Locale locale) {
        return messageSource.getMessage(e.getError().getMessageKey(), e.getArguments(), e.getMessage(), locale);
    }
}
