package com.guidecommerce.core.board.rule;

/** The periods ranks are kept for: a store-local day, the week from Monday, the calendar month. */
public enum PeriodKind {
    DAY('D'), WEEK('W'), MONTH('M');

    private final char prefix;

    PeriodKind(char prefix) {
        this.prefix = prefix;
    }

    char getPrefix() {
        return prefix;
    }
}
