package com.guidecommerce.core.board.rule;

/**
 * What is kept per guide-day and store-day, each a column of the figure tables. The boards' metrics
 * ({@link com.guidecommerce.core.board.domain.Metric}) are made of these: net sales are sales less refunds.
 */
public enum Measure {
    SALES(true),
    REFUNDS(true),
    ORDERS(false),
    REFUNDED_ORDERS(false),
    NEW_MEMBERS(false),
    BINDINGS(false),
    COMMISSION(true),
    COMMISSION_REVERSED(true);

    private final boolean money;

    Measure(boolean money) {
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
