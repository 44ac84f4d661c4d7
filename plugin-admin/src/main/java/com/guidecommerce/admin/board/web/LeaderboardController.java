package com.guidecommerce.admin.board.web;

import com.guidecommerce.admin.board.rule.RangeChoice;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.job.RankSnapshotJob;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.Leaderboard;
import com.guidecommerce.core.board.service.RankBuildSummary;
import com.guidecommerce.core.board.service.RankSnapshotService;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.OrganisationUnit;
import com.guidecommerce.core.organisation.service.UnitName;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * HQ's leaderboard page, {@code /gc-leaderboard}: the first {@value #TOP_N} guides or stores of the nation, a region or
 * a store (guides) by a metric, for today, this week or this month (from the rank snapshots, in HQ's zone) or a custom
 * range (computed from the figures); {@code /gc-leaderboard/leaderboard.csv} downloads exactly those rows; a POST to
 * {@code /gc-leaderboard/rebuild} rebuilds the rank snapshots now through the job runner and says what it did.
 *
 * <p>Reading boards needs "View performance boards" (READ on {@link BoardService}); rebuilding needs "Rebuild ranks"
 * (UPDATE on {@link RankSnapshotService}). Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
public class LeaderboardController {

    static final String SECTION_KEY = "gc-leaderboard";
    static final int TOP_N = 100;
    static final String CSV_FILE = "leaderboard.csv";

    private static final Log LOG = LogFactory.getLog(LeaderboardController.class);

    private final BoardService boardService;
    private final RankSnapshotJob rankSnapshotJob;
    private final JobPageSupport jobPages;
    private final LeaderboardTable table;
    private final OrganisationService organisationService;
    private final BoardPageSupport pages;

    public LeaderboardController(BoardService boardService, RankSnapshotJob rankSnapshotJob, JobPageSupport jobPages,
                                 LeaderboardTable table, OrganisationService organisationService,
                                 BoardPageSupport pages) {
        this.boardService = boardService;
        this.rankSnapshotJob = rankSnapshotJob;
        this.jobPages = jobPages;
        this.table = table;
        this.organisationService = organisationService;
        this.pages = pages;
    }

    @RequestMapping(value = "/" + SECTION_KEY, method = RequestMethod.GET)
    public String show(LeaderboardParams params, Locale locale, Model model, HttpServletResponse response)
            throws IOException {
        if (!pages.canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return page(params.toQuery(), locale, model);
    }

    @RequestMapping(value = "/" + SECTION_KEY + "/" + CSV_FILE, method = RequestMethod.GET)
    public void csv(LeaderboardParams params, Locale locale, HttpServletResponse response) throws IOException {
        if (!pages.canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        BoardLabels labels = pages.labels(locale);
        LeaderboardView view = view(params.toQuery(), labels);
        if (view == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CSV_FILE + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        LeaderboardCsv.write(view, labels, out);
        out.flush();
    }

    @RequestMapping(value = "/" + SECTION_KEY + "/rebuild", method = RequestMethod.POST)
    public String rebuild(LeaderboardParams params, Locale locale, Model model, HttpServletResponse response)
            throws IOException {
        if (!pages.canView() || !pages.canRebuild()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        String login = pages.currentLogin();
        LOG.info("Rank snapshots rebuilt from the admin by " + login);
        JobRunResult<RankBuildSummary> result = jobPages.runNow(rankSnapshotJob, login, model);
        if (result.isRan()) {
            model.addAttribute("rebuilt", result.getResult().note());
        }
        return page(params.toQuery(), locale, model);
    }

    private String page(LeaderboardQuery query, Locale locale, Model model) {
        pages.addSectionAttributes(model, SECTION_KEY);
        BoardLabels labels = pages.labels(locale);
        LeaderboardView view = view(query, labels);
        if (view == null) {
            model.addAttribute("errorKey", "gcBoard_error_range");
        }
        model.addAttribute("viewType", "gc/leaderboard");
        model.addAttribute("query", query);
        model.addAttribute("board", view);
        model.addAttribute("stores", organisationService.findActiveStores());
        model.addAttribute("regions", regionsOf(organisationService.findActiveStores()));
        model.addAttribute("metrics", rankedMetrics());
        model.addAttribute("canRebuild", pages.canRebuild());
        jobPages.addLastRuns(rankSnapshotJob, model);
        return "modules/defaultContainer";
    }

    /** The board the query asks for, as the page and the CSV show it; null for a custom range that is no range. */
    LeaderboardView view(LeaderboardQuery query, BoardLabels labels) {
        DayRange days;
        Leaderboard board;
        if (query.getPeriod().getKind() == null) {
            days = RangeChoice.CUSTOM.days(null, query.getFrom(), query.getTo());
            if (days == null) {
                return null;
            }
            board = boardService.leaderboard(query.toScope(), query.getSubjectKind(), query.getMetric(), days, TOP_N);
        } else {
            RankPeriodKey key = boardService.currentPeriod(query.getPeriod().getKind(), pages.zone());
            days = key.getDays();
            board = boardService.leaderboard(query.toScope(), query.getSubjectKind(), query.getMetric(), key, TOP_N);
        }
        final Metric metric = query.getMetric();
        final BoardLabels words = labels;
        List<LeaderboardRow> rows = table.rows(board, new LeaderboardTable.ValueFormat() {
            @Override
            public String format(BigDecimal value) {
                return words.value(metric, value);
            }
        });
        return new LeaderboardView(
                new LeaderboardView.Choice(query.getScope(), labels.label("gcBoardScope_", query.getScope()),
                        scopeName(query)),
                new LeaderboardView.Choice(query.getSubject(), labels.label("gcBoardSubject_", query.getSubject()),
                        null),
                new LeaderboardView.Choice(metric.name(), labels.metric(metric), null),
                new LeaderboardView.Choice(query.getPeriod().name(),
                        labels.label("gcLeaderboardPeriod_", query.getPeriod().name()), null),
                days, pages.zone().getId(), board.getBuiltAt(), rows);
    }

    private String scopeName(LeaderboardQuery query) {
        BoardScope scope = query.toScope();
        if (scope.getKind() == BoardScope.Kind.NATION) {
            return null;
        }
        OrganisationUnit unit = scope.getKind() == BoardScope.Kind.REGION ? OrganisationUnit.REGION
                : OrganisationUnit.STORE;
        UnitName name = organisationService.findNames(unit, Collections.singleton(scope.getId())).get(scope.getId());
        return name == null ? null : name.getCode() + " " + name.getName();
    }

    private static List<Object> regionsOf(List<Store> stores) {
        Map<Long, Object> regions = new LinkedHashMap<Long, Object>();
        for (Store store : stores) {
            if (store.getRegion() != null) {
                regions.put(store.getRegion().getId(), store.getRegion());
            }
        }
        return new ArrayList<Object>(regions.values());
    }

    private static List<Metric> rankedMetrics() {
        List<Metric> ranked = new ArrayList<Metric>();
        for (Metric metric : Arrays.asList(Metric.values())) {
            if (metric.isRanked()) {
                ranked.add(metric);
            }
        }
        return ranked;
    }
}
