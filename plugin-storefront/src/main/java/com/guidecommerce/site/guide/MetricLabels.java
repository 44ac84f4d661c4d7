package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.domain.Metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the workbench names and writes each board metric: money for net sales and commission, counts otherwise. */
final class MetricLabels {

    static final String PREFIX = "gc.workbench.metric.";

    private MetricLabels() {
    }

    static String key(Metric metric) {
        return PREFIX + metric.name();
    }

    static boolean isMoney(Metric metric) {
        return metric == Metric.NET_SALES || metric == Metric.COMMISSION;
    }

    static String value(Metric metric, BigDecimal value, Locale locale) {
        return isMoney(metric) ? WorkbenchText.money(value, locale) : WorkbenchText.count(value.longValue(), locale);
    }

    static String change(Metric metric, BigDecimal change, Locale locale) {
        return isMoney(metric) ? WorkbenchText.moneyChange(change, locale)
                : WorkbenchText.countChange(change.longValue(), locale);
    }

    /** The metric a request names, or net sales when it names none, an unknown one or one that is not ranked. */
    static Metric parse(String name) {
        for (Metric metric : ranked()) {
            if (metric.name().equals(name)) {
                return metric;
            }
        }
        return Metric.NET_SALES;
    }

    /** The metrics guides are ranked by, the ones the workbench offers. */
    static List<Metric> ranked() {
        List<Metric> ranked = new ArrayList<Metric>();
        for (Metric metric : Metric.values()) {
            if (metric.isRanked()) {
                ranked.add(metric);
            }
        }
        return ranked;
    }
}
