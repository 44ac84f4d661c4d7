package com.guidecommerce.admin.board.web;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.board.service.BoardEntry;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.ChartSeries;
import com.guidecommerce.core.board.service.SeriesLine;
import com.guidecommerce.core.board.service.SeriesSplit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's charts of a scope over a range, from the board service: bindings and new members over time, net
 * sales over time (by channel, or with commission for a guide), and net sales with commission by channel, by store
 * (the top {@value #TOP}), by franchisee and by region, or by guide within a store; each as the scope makes sense of
 * it (a region's chart of regions would be one bar). Bars of stores, franchisees, regions and guides open their own
 * dashboard. Bean {@code gcDashboardCharts}.
 */
public class DashboardCharts {

    static final int TOP = 10;
    /** Channels are few: all of them are charted. */
    static final int CHANNELS = 20;

    private final BoardService boardService;

    public DashboardCharts(BoardService boardService) {
        this.boardService = boardService;
    }

    List<BoardChart> charts(BoardScope scope, DayRange range, BoardLabels labels, Links links) {
        List<BoardChart> charts = new ArrayList<BoardChart>();
        charts.add(members(scope, range, labels));
        charts.add(salesOverTime(scope, range, labels));
        BoardScope.Kind kind = scope.getKind();
        if (kind == BoardScope.Kind.GUIDE) {
            return charts;
        }
        charts.add(bars("byChannel", scope, range, SeriesSplit.CHANNEL, CHANNELS, labels, null));
        if (kind == BoardScope.Kind.STORE) {
            charts.add(guides(scope, range, labels, links));
            return charts;
        }
        charts.add(bars("byStore", scope, range, SeriesSplit.STORE, TOP, labels, links.to(BoardScope.Kind.STORE)));
        if (kind != BoardScope.Kind.FRANCHISEE) {
            charts.add(bars("byFranchisee", scope, range, SeriesSplit.FRANCHISEE, TOP, labels,
                    links.to(BoardScope.Kind.FRANCHISEE)));
        }
        if (kind != BoardScope.Kind.REGION) {
            charts.add(bars("byRegion", scope, range, SeriesSplit.REGION, TOP, labels,
                    links.to(BoardScope.Kind.REGION)));
        }
        return charts;
    }

    private BoardChart members(BoardScope scope, DayRange range, BoardLabels labels) {
        BoardChart chart = new BoardChart("members", BoardChart.Kind.LINE, labels.text("gcBoard_chart_members"));
        for (Metric metric : Arrays.asList(Metric.BINDINGS, Metric.NEW_MEMBERS)) {
            ChartSeries series = boardService.series(scope, metric, range, SeriesSplit.NONE, 1);
            if (chart.getCategories().isEmpty()) {
                buckets(chart, series);
            }
            chart.line(labels.metric(metric), series.getLines().get(0).getValues());
        }
        return chart;
    }

    private BoardChart salesOverTime(BoardScope scope, DayRange range, BoardLabels labels) {
        if (scope.getKind() == BoardScope.Kind.GUIDE) {
            BoardChart chart = new BoardChart("salesOverTime", BoardChart.Kind.LINE,
                    labels.text("gcBoard_chart_guideSales"));
            for (Metric metric : Arrays.asList(Metric.NET_SALES, Metric.COMMISSION)) {
                ChartSeries series = boardService.series(scope, metric, range, SeriesSplit.NONE, 1);
                if (chart.getCategories().isEmpty()) {
                    buckets(chart, series);
                }
                chart.line(labels.metric(metric), series.getLines().get(0).getValues());
            }
            return chart;
        }
        BoardChart chart = new BoardChart("salesOverTime", BoardChart.Kind.STACKED_BARS,
                labels.text("gcBoard_chart_salesByChannel"));
        ChartSeries series = boardService.series(scope, Metric.NET_SALES, range, SeriesSplit.CHANNEL, TOP);
        buckets(chart, series);
        for (SeriesLine line : series.getLines()) {
            if (line.sum().signum() != 0) {
                chart.line(name(line, SeriesSplit.CHANNEL, labels), line.getValues());
            }
        }
        if (chart.getSeries().isEmpty()) {
            // A range without sales still draws its days, at zero.
            chart.line(labels.metric(Metric.NET_SALES), zeros(series.getBuckets().size()));
        }
        return chart;
    }

    /** Net sales and commission of the top channels, stores, franchisees or regions, by net sales. */
    private BoardChart bars(String id, BoardScope scope, DayRange range, SeriesSplit split, int top,
                            BoardLabels labels, LinkTo linkTo) {
        BoardChart chart = new BoardChart(id, BoardChart.Kind.BARS, labels.text("gcBoard_chart_" + id));
        ChartSeries sales = boardService.series(scope, Metric.NET_SALES, range, split, top);
        Map<String, BigDecimal> commission = boardService.totals(scope, Metric.COMMISSION, range, split);
        List<BigDecimal> salesValues = new ArrayList<BigDecimal>();
        List<BigDecimal> commissionValues = new ArrayList<BigDecimal>();
        for (SeriesLine line : sales.getLines()) {
            BigDecimal earned = commission.containsKey(line.getKey()) ? commission.get(line.getKey()) : BigDecimal.ZERO;
            if (line.isOthers() || line.sum().signum() == 0 && earned.signum() == 0) {
                continue;
            }
            chart.category(name(line, split, labels),
                    linkTo == null || line.getKey().isEmpty() ? null : linkTo.link(Long.valueOf(line.getKey())));
            salesValues.add(line.sum());
            commissionValues.add(earned);
        }
        return chart.line(labels.metric(Metric.NET_SALES), salesValues)
                .line(labels.metric(Metric.COMMISSION), commissionValues);
    }

    /** A store's guides with the most net sales, and their commission; each opens the guide's dashboard. */
    private BoardChart guides(BoardScope store, DayRange range, BoardLabels labels, Links links) {
        BoardChart chart = new BoardChart("byGuide", BoardChart.Kind.BARS, labels.text("gcBoard_chart_byGuide"));
        LinkTo linkTo = links.to(BoardScope.Kind.GUIDE);
        List<BigDecimal> salesValues = new ArrayList<BigDecimal>();
        List<BigDecimal> commissionValues = new ArrayList<BigDecimal>();
        for (BoardEntry entry : boardService.leaderboard(store, SubjectKind.GUIDE, Metric.NET_SALES, range, TOP)
                .getEntries()) {
            chart.category(entry.getName() == null ? String.valueOf(entry.getSubjectId()) : entry.getName(),
                    linkTo.link(entry.getSubjectId()));
            salesValues.add(entry.getValue());
            commissionValues.add(boardService.figures(BoardScope.guide(entry.getSubjectId()), range).getCommission());
        }
        return chart.line(labels.metric(Metric.NET_SALES), salesValues)
                .line(labels.metric(Metric.COMMISSION), commissionValues);
    }

    private static void buckets(BoardChart chart, ChartSeries series) {
        for (LocalDate bucket : series.getBuckets()) {
            // A month reads as 2026-12, a day as 2026-12-06.
            chart.category(series.isMonthly() ? bucket.toString().substring(0, 7) : bucket.toString(), null);
        }
    }

    private static String name(SeriesLine line, SeriesSplit split, BoardLabels labels) {
        if (line.isOthers()) {
            return labels.text("gcBoard_others");
        }
        if (line.getKey().isEmpty()) {
            return labels.text("gcBoard_none_" + split.name());
        }
        return line.getName() != null ? line.getName() : line.getCode() != null ? line.getCode() : line.getKey();
    }

    private static List<BigDecimal> zeros(int count) {
        List<BigDecimal> zeros = new ArrayList<BigDecimal>();
        for (int i = 0; i < count; i++) {
            zeros.add(BigDecimal.ZERO);
        }
        return zeros;
    }

    /** Where a bar of one kind of unit leads. */
    interface LinkTo {
        String link(Long id);
    }

    /** The dashboard addresses of units, for the range being shown. */
    interface Links {
        LinkTo to(BoardScope.Kind kind);
    }
}
