package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.core.packagecard.rule.RateBand;
import com.guidecommerce.core.packagecard.rule.ReferenceBand;

import java.math.BigDecimal;

/**
 * One conversion rate of a funnel as the page shows it: what it divides, its value as a percentage, and, for the
 * rates brands report, the reference band and where the value stands against it.
 */
public final class FunnelRate {

    private static final String NONE = "\u2014";

    private final String code;
    private final String label;
    private final BigDecimal value;
    private final ReferenceBand reference;

    FunnelRate(String code, String label, BigDecimal value, ReferenceBand reference) {
        this.code = code;
        this.label = label;
        this.value = value;
        this.reference = reference;
    }

    /** A fraction (four places) as a percentage with two, {@code —} for none. */
    static String percent(BigDecimal fraction) {
        return fraction == null ? NONE : fraction.movePointRight(2).toPlainString() + "%";
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    /** The rate as a fraction, {@code null} when there was nothing to divide by. */
    public BigDecimal getValue() {
        return value;
    }

    public String getPercent() {
        return percent(value);
    }

    public boolean isReferenced() {
        return reference != null;
    }

    /** The band's bounds as percentages, {@code 10%–20%}; empty for a rate without reference. */
    public String getReferenceText() {
        return reference == null ? "" : reference.getLow().movePointRight(2).stripTrailingZeros().toPlainString()
                + "%\u2013" + reference.getHigh().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** BELOW, WITHIN or ABOVE the reference band; {@code null} without reference or without value. */
    public String getBand() {
        RateBand band = reference == null ? null : reference.position(value);
        return band == null ? null : band.name();
    }
}
