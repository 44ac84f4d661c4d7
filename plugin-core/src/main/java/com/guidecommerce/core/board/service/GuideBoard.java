package com.guidecommerce.core.board.service;

import java.io.Serializable;

/** What a guide's workbench shows of the boards for one period: figures against the compared range, and ranks. */
public final class GuideBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FiguresComparison figures;
    private final GuideRanks ranks;

    public GuideBoard(FiguresComparison figures, GuideRanks ranks) {
        this.figures = figures;
        this.ranks = ranks;
    }

    public FiguresComparison getFigures() {
        return figures;
    }

    public GuideRanks getRanks() {
        return ranks;
    }
}
