package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.domain.Metric;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the workbench's tabs and selectors: each keeps what else the guide chose (period, custom range, metric,
 * member search) and changes one thing.
 */
public final class WorkbenchLinks {

    private final WorkbenchPeriod period;
    private final Metric metric;
    private final String search;

    WorkbenchLinks(WorkbenchPeriod period, Metric metric, String search) {
        this.period = period;
        this.metric = metric;
        this.search = search;
    }

    /** The workbench for another period tab ({@code today}, {@code week}, {@code month}). */
    public String period(String key) {
        return build(key, null, null, metric.name(), search, null);
    }

    /** The workbench ranking by another metric. */
    public String metric(String name) {
        return build(period.getKey(), period.getFrom(), period.getTo(), name, search, null);
    }

    /** Another page of the member list. */
    public String memberPage(int page) {
        return build(period.getKey(), period.getFrom(), period.getTo(), metric.name(), search, page);
    }

    private static String build(String periodKey, String from, String to, String metricName, String search,
                                Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/guide");
        if (!WorkbenchPeriod.TODAY.equals(periodKey)) {
            uri.queryParam("period", periodKey);
        }
        if (WorkbenchPeriod.CUSTOM.equals(periodKey)) {
            uri.queryParam("from", from).queryParam("to", to);
        }
        if (!Metric.NET_SALES.name().equals(metricName)) {
            uri.queryParam("metric", metricName);
        }
        if (search != null && !search.isEmpty()) {
            uri.queryParam("q", search);
        }
        if (page != null) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }
}
