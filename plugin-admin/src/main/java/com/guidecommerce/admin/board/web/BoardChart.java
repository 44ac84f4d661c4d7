package com.guidecommerce.admin.board.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One chart of the dashboard as its page script draws it with ECharts (written into the page as JSON): a line chart
 * or stacked bars over days or months, or bars over channels, stores, franchisees, regions or guides, whose bars may
 * each open the dashboard of what they show ({@link #getLinks()}). Labels are in the reader's language already.
 */
public final class BoardChart {

    /** How the chart is drawn. */
    public enum Kind {
        LINE, STACKED_BARS, BARS
    }

    /** One series: its name and a value per category. */
    public static final class Line {
        private final String name;
        private final List<BigDecimal> data;

        Line(String name, List<BigDecimal> data) {
            this.name = name;
            this.data = data;
        }

        public String getName() {
            return name;
        }

        public List<BigDecimal> getData() {
            return data;
        }
    }

    private final String id;
    private final Kind kind;
    private final String title;
    private final List<String> categories = new ArrayList<String>();
    private final List<Line> series = new ArrayList<Line>();
    private final List<String> links = new ArrayList<String>();

    BoardChart(String id, Kind kind, String title) {
        this.id = id;
        this.kind = kind;
        this.title = title;
    }

    BoardChart category(String name, String link) {
        categories.add(name);
        links.add(link);
        return this;
    }

    BoardChart line(String name, List<BigDecimal> data) {
        series.add(new Line(name, data));
        return this;
    }

    public String getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getCategories() {
        return categories;
    }

    public List<Line> getSeries() {
        return series;
    }

    /** Per category, the dashboard address (its query) a click on it opens; null where it opens nothing. */
    public List<String> getLinks() {
        return links;
    }
}
