package com.guidecommerce.admin.board.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.guidecommerce.admin.board.rule.RangeChoice;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.FiguresComparison;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.OrganisationUnit;
import com.guidecommerce.core.organisation.service.UnitName;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * HQ's performance dashboard, {@code /gc-board}: the figures of the nation, a region, a franchisee, a store or a guide
 * over the last 7, 30 or 90 days, this month or a custom range of days in HQ's zone, each beside the same number of
 * days before (period over period), and charts of them ({@link DashboardCharts}, drawn with ECharts in the admin's
 * language). A bar of a store, franchisee, region or guide opens that one's dashboard for the same days.
 *
 * <p>Needs "View performance boards" (READ on {@link BoardService}). Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
public class DashboardController {

    static final String SECTION_KEY = "gc-board";

    /** The figures the cards compare, in their order. */
    static final List<Metric> CARDS = Arrays.asList(Metric.NET_SALES, Metric.ORDERS, Metric.COMMISSION,
            Metric.NEW_MEMBERS, Metric.BINDINGS);

    private static final Map<BoardScope.Kind, OrganisationUnit> UNITS =
            new LinkedHashMap<BoardScope.Kind, OrganisationUnit>();

    static {
        UNITS.put(BoardScope.Kind.REGION, OrganisationUnit.REGION);
        UNITS.put(BoardScope.Kind.FRANCHISEE, OrganisationUnit.FRANCHISEE);
        UNITS.put(BoardScope.Kind.STORE, OrganisationUnit.STORE);
        UNITS.put(BoardScope.Kind.GUIDE, OrganisationUnit.GUIDE);
    }

    private final BoardService boardService;
    private final DashboardCharts charts;
    private final OrganisationService organisationService;
    private final BoardPageSupport pages;
    private final ObjectMapper json = new ObjectMapper();

    public DashboardController(BoardService boardService, DashboardCharts charts,
                               OrganisationService organisationService, BoardPageSupport pages) {
        this.boardService = boardService;
        this.charts = charts;
        this.organisationService = organisationService;
        this.pages = pages;
    }

    @RequestMapping(value = "/" + SECTION_KEY, method = RequestMethod.GET)
    public String show(DashboardParams params, Locale locale, Model model, HttpServletResponse response)
            throws IOException {
        if (!pages.canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        BoardScope scope = scope(params);
        UnitName unit = scope.getKind() == BoardScope.Kind.NATION ? null : organisationService.findNames(
                UNITS.get(scope.getKind()), Collections.singleton(scope.getId())).get(scope.getId());
        if (scope.getKind() != BoardScope.Kind.NATION && unit == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        RangeChoice choice = RangeChoice.of(params.getRange());
        DayRange range = choice.days(pages.today(), params.getFrom(), params.getTo());
        if (range == null) {
            model.addAttribute("errorKey", "gcBoard_error_range");
            choice = RangeChoice.LAST_30;
            range = choice.days(pages.today(), null, null);
        }
        BoardLabels labels = pages.labels(locale);
        pages.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/dashboard");
        model.addAttribute("scopeKind", scope.getKind().name());
        model.addAttribute("scopeId", scope.getId());
        model.addAttribute("unit", unit);
        model.addAttribute("scopeLabel", labels.label("gcBoardScope_", scope.getKind().name()));
        model.addAttribute("choice", choice.getCode());
        model.addAttribute("choices", RangeChoice.values());
        model.addAttribute("range", range);
        model.addAttribute("previousRange", range.previous());
        model.addAttribute("zoneName", pages.zone().getId());
        model.addAttribute("cards", cards(boardService.figuresWithPrevious(scope, range), labels));
        List<BoardChart> drawn = charts.charts(scope, range, labels, links(choice, range));
        model.addAttribute("charts", drawn);
        model.addAttribute("chartLocale", labels.chartLocale());
        model.addAttribute("boardJson", json.writeValueAsString(drawn));
        return "modules/defaultContainer";
    }

    private static BoardScope scope(DashboardParams params) {
        BoardScope.Kind kind = BoardScope.Kind.NATION;
        for (BoardScope.Kind candidate : UNITS.keySet()) {
            if (candidate.name().equals(params.getScope()) && params.getId() != null) {
                kind = candidate;
            }
        }
        switch (kind) {
            case REGION:
                return BoardScope.region(params.getId());
            case FRANCHISEE:
                return BoardScope.franchisee(params.getId());
            case STORE:
                return BoardScope.store(params.getId());
            case GUIDE:
                return BoardScope.guide(params.getId());
            default:
                return BoardScope.nation();
        }
    }

    private static List<FigureCard> cards(FiguresComparison comparison, BoardLabels labels) {
        List<FigureCard> cards = new ArrayList<FigureCard>();
        for (Metric metric : CARDS) {
            cards.add(new FigureCard(metric.name(), labels.metric(metric),
                    labels.value(metric, comparison.getCurrent().get(metric)),
                    labels.value(metric, comparison.getPrevious().get(metric)), comparison.changePercent(metric)));
        }
        return cards;
    }

    /** Dashboard queries ({@code ?scope=STORE&id=7&range=…}) for the same days as the page shows. */
    private static DashboardCharts.Links links(final RangeChoice choice, final DayRange range) {
        return new DashboardCharts.Links() {
            @Override
            public DashboardCharts.LinkTo to(final BoardScope.Kind kind) {
                return new DashboardCharts.LinkTo() {
                    @Override
                    public String link(Long id) {
                        return "?scope=" + kind.name() + "&id=" + id + "&range=" + choice.getCode()
                                + (choice == RangeChoice.CUSTOM ? "&from=" + range.getFrom() + "&to=" + range.getTo()
                                : "");
                    }
                };
            }
        };
    }
}
