package com.guidecommerce.site.guide;

import com.guidecommerce.core.board.service.Figures;
import com.guidecommerce.core.organisation.domain.Guide;

import java.util.Locale;

/** One guide of the manager's store, side by side with the others: the period's figures and rank in the store. */
public final class StoreGuideRow {

    private final String name;
    private final String guideCode;
    private final int rank;
    private final String netSales;
    private final String orders;
    private final String newMembers;
    private final String commission;
    private final boolean mine;

    private StoreGuideRow(String name, String guideCode, int rank, String netSales, String orders, String newMembers,
                          String commission, boolean mine) {
        this.name = name;
        this.guideCode = guideCode;
        this.rank = rank;
        this.netSales = netSales;
        this.orders = orders;
        this.newMembers = newMembers;
        this.commission = commission;
        this.mine = mine;
    }

    static StoreGuideRow of(Guide guide, Figures figures, int rank, boolean mine, Locale locale) {
        return new StoreGuideRow(guide.getName(), guide.getGuideCode(), rank,
                WorkbenchText.money(figures.getNetSales(), locale), WorkbenchText.count(figures.getOrders(), locale),
                WorkbenchText.count(figures.getNewMembers(), locale),
                WorkbenchText.money(figures.getCommission(), locale), mine);
    }

    public String getName() {
        return name;
    }

    public String getGuideCode() {
        return guideCode;
    }

    /** Rank in the store by the chosen metric over the period (ties share a rank). */
    public int getRank() {
        return rank;
    }

    public String getNetSales() {
        return netSales;
    }

    public String getOrders() {
        return orders;
    }

    public String getNewMembers() {
        return newMembers;
    }

    public String getCommission() {
        return commission;
    }

    /** The manager's own line. */
    public boolean isMine() {
        return mine;
    }
}
