package com.guidecommerce.admin.contest.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestStatus;
import com.guidecommerce.core.contest.rule.ContestPhase;
import com.guidecommerce.core.contest.service.ContestService;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * A contest's board for HQ: while it runs (and during the return window after it) its first {@link #TOP} guides or
 * stores so far; once due, *Close now* (the job does it within the hour anyway); once closed, its results are on the
 * contest's own screen. Viewing needs read access to contests, closing full access. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + ContestBoardController.SECTION_KEY + "/{id}/board")
public class ContestBoardController {

    static final String SECTION_KEY = "gc-contest";
    static final int TOP = 50;

    private final ContestService contestService;
    private final TierService tierService;
    private final AdminPageSupport pageSupport;

    public ContestBoardController(ContestService contestService, TierService tierService,
                                  AdminPageSupport pageSupport) {
        this.contestService = contestService;
        this.tierService = tierService;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        Contest contest = readable(id, EntityOperationType.FETCH, response);
        return contest == null ? null : page(contest, model);
    }

    @RequestMapping(value = "/close", method = RequestMethod.POST)
    public String close(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        Contest contest = readable(id, EntityOperationType.UPDATE, response);
        if (contest == null) {
            return null;
        }
        if (contestService.close(id, pageSupport.currentLogin())) {
            return "redirect:/" + SECTION_KEY + "/" + id;
        }
        model.addAttribute("notClosed", true);
        return page(contestService.findById(id), model);
    }

    /** The reward tier as defined (names in both languages), or null when the contest pays a bonus. */
    private Tier rewardTier(String code) {
        for (Tier tier : tierService.findTiers(TierSubject.GUIDE)) {
            if (tier.getCode().equals(code)) {
                return tier;
            }
        }
        return null;
    }

    private Contest readable(Long id, EntityOperationType operation, HttpServletResponse response)
            throws IOException {
        if (!pageSupport.isAllowed(Contest.class, operation)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Contest contest = contestService.findById(id);
        if (contest == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return contest;
    }

    private String page(Contest contest, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/contestBoard");
        model.addAttribute("contest", contest);
        model.addAttribute("firstDay", contestService.firstDayOf(contest));
        model.addAttribute("lastDay", contestService.lastDayOf(contest));
        model.addAttribute("rewardTier", rewardTier(contest.getRewardTier()));
        boolean closed = ContestStatus.CLOSED.equals(contest.getStatus());
        ContestPhase phase = contestService.phaseOf(contest);
        model.addAttribute("phase", closed ? "CLOSED" : phase.name());
        model.addAttribute("canClose", !closed && phase == ContestPhase.DUE
                && pageSupport.isAllowed(Contest.class, EntityOperationType.UPDATE));
        if (!closed && phase != ContestPhase.UPCOMING) {
            model.addAttribute("board", contestService.liveBoard(contest, TOP));
        }
        return "modules/defaultContainer";
    }
}
