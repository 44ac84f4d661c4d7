package com.guidecommerce.admin.board.web;

import java.math.BigDecimal;

/**
 * One figure of the dashboard's period-over-period cards: its metric code and label, this period's and the previous
 * period's value as the reader reads them, and the change in percent (null when the previous period had none).
 */
public final class FigureCard {

    private final String code;
    private final String label;
    private final String current;
    private final String previous;
    private final BigDecimal changePercent;

    FigureCard(String code, String label, String current, String previous, BigDecimal changePercent) {
        this.code = code;
        this.label = label;
        this.current = current;
        this.previous = previous;
        this.changePercent = changePercent;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getCurrent() {
        return current;
    }

    public String getPrevious() {
        return previous;
    }

    public BigDecimal getChangePercent() {
        return changePercent;
    }

    /** {@code +12.5 %}, {@code -3.0 %}; empty when there is nothing to compare with. */
    public String getChange() {
        return changePercent == null ? "" : (changePercent.signum() > 0 ? "+" : "") + changePercent.toPlainString()
                + " %";
    }

    /** {@code up}, {@code down} or {@code flat}, for the card's colour. */
    public String getDirection() {
        return changePercent == null || changePercent.signum() == 0 ? "flat"
                : changePercent.signum() > 0 ? "up" : "down";
    }
}
