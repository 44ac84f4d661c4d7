package com.guidecommerce.core.board.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * One line of a chart: a channel, store, franchisee or region (its key: the channel code or the unit's id), or all
 * the rest together ({@link #isOthers()}), with a value per bucket. Key {@code ""} is the part with no unit: stores
 * run by HQ (franchisee split), figures not from an order such as new members (channel split).
 */
public final class SeriesLine implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TOTAL = "*";

    private final String key;
    private final String code;
    private final String name;
    private final boolean others;
    private final List<BigDecimal> values;

    public SeriesLine(String key, String code, String name, boolean others, List<BigDecimal> values) {
        this.key = key;
        this.code = code;
        this.name = name;
        this.others = others;
        this.values = Collections.unmodifiableList(values);
    }

    public String getKey() {
        return key;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isOthers() {
        return others;
    }

    /** One value per bucket of the series, in order. */
    public List<BigDecimal> getValues() {
        return values;
    }

    public BigDecimal sum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }
}
