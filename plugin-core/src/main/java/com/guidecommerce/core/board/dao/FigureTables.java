package com.guidecommerce.core.board.dao;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.service.BoardScope;

/**
 * The daily and monthly figure tables of guides and of stores, their key column and the columns a scope filters
 * by. Guides' tables have no channel; stores' have one row per channel (CHANNEL_CODE '' for figures not from an
 * order).
 */
enum FigureTables {

    GUIDE("GC_FIG_GUIDE_DAY", "GC_FIG_GUIDE_MONTH", "GUIDE_ID"),
    STORE("GC_FIG_STORE_DAY", "GC_FIG_STORE_MONTH", "STORE_ID");

    /** The figure columns, summed in this order into {@code Figures}. */
    static final String[] COLUMNS = {"SALES", "REFUNDS", "ORDERS", "REFUNDED_ORDERS", "NEW_MEMBERS", "BINDINGS",
            "COMMISSION", "COMMISSION_REVERSED"};

    private final String dayTable;
    private final String monthTable;
    private final String keyColumn;

    FigureTables(String dayTable, String monthTable, String keyColumn) {
        this.dayTable = dayTable;
        this.monthTable = monthTable;
        this.keyColumn = keyColumn;
    }

    static FigureTables of(SubjectKind kind) {
        return kind == SubjectKind.GUIDE ? GUIDE : STORE;
    }

    /** A guide's figures come from the guides' tables; every other scope's from the stores'. */
    static FigureTables of(BoardScope scope) {
        return scope.getKind() == BoardScope.Kind.GUIDE ? GUIDE : STORE;
    }

    String dayTable() {
        return dayTable;
    }

    String monthTable() {
        return monthTable;
    }

    String keyColumn() {
        return keyColumn;
    }

    /** The column a scope is selected by, or null for the nation. */
    static String filterColumn(BoardScope scope) {
        switch (scope.getKind()) {
            case REGION:
                return "REGION_ID";
            case FRANCHISEE:
                return "FRANCHISEE_ID";
            case STORE:
                return "STORE_ID";
            case GUIDE:
                return "GUIDE_ID";
            default:
                return null;
        }
    }

    /** A metric's value of a group of figure rows. */
    static String sum(Metric metric) {
        switch (metric) {
            case NET_SALES:
                return "SUM(SALES) - SUM(REFUNDS)";
            case ORDERS:
                return "SUM(ORDERS)";
            case NEW_MEMBERS:
                return "SUM(NEW_MEMBERS)";
            case BINDINGS:
                return "SUM(BINDINGS)";
            default:
                return "SUM(COMMISSION) - SUM(COMMISSION_REVERSED)";
        }
    }
}
