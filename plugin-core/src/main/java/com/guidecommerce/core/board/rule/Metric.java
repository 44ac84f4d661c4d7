package com.guidecommerce.core.board.rule;

/** The figures kept per guide-day and store-day, each a column of the figure tables. */
public enum Metric {
    SALES(true),
    REFUNDS(true),
    ORDERS(false),
    REFUNDED_ORDERS(false),
    NEW_MEMBERS(false),
    BINDINGS(false),
    COMMISSION(true),
    COMMISSION_REVERSED(true);

    private final boolean money;

    Metric(boolean money) {
        this.money = money;
    }

    /** Money (DECIMAL(19,2)) rather than a count (INT). */
    public boolean isMoney() {
        return money;
    }

    /** The column holding it in every figure table. */
    public String column() {
        return name();
    }
}
