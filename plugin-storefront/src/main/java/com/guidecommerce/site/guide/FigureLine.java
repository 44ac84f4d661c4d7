package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.service.FiguresComparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One of the workbench's period figures (net sales, orders, new members) with its change on the period before. */
public final class FigureLine {

    /** The figures the period tabs show, in the order shown. */
    static final Metric[] SHOWN = {Metric.NET_SALES, Metric.ORDERS, Metric.NEW_MEMBERS};

    private final String id;
    private final String labelKey;
    private final String value;
    private final String change;
    private final String changePercent;
    private final int trend;

    private FigureLine(String id, String labelKey, String value, String change, String changePercent, int trend) {
        this.id = id;
        this.labelKey = labelKey;
        this.value = value;
        this.change = change;
        this.changePercent = changePercent;
        this.trend = trend;
    }

    /** The shown figures of the current period against the one before. */
    public static List<FigureLine> of(FiguresComparison figures, Locale locale) {
        List<FigureLine> lines = new ArrayList<FigureLine>();
        for (Metric metric : SHOWN) {
            BigDecimal change = figures.change(metric);
            lines.add(new FigureLine(metric.name(), MetricLabels.key(metric),
                    MetricLabels.value(metric, figures.getCurrent().get(metric), locale),
                    MetricLabels.change(metric, change, locale),
                    WorkbenchText.percentChange(figures.changePercent(metric), locale), change.signum()));
        }
        return lines;
    }

    /** The metric's name, e.g. {@code NET_SALES}: the element's id on the page. */
    public String getId() {
        return id;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getValue() {
        return value;
    }

    public String getChange() {
        return change;
    }

    /** The change in percent of the period before; null when that was zero. */
    public String getChangePercent() {
        return changePercent;
    }

    /** {@code up}, {@code down} or {@code flat}. */
    public String getTrend() {
        return trend > 0 ? "up" : trend < 0 ? "down" : "flat";
    }
}
