package com.guidecommerce.core.board.service;

/** How a chart splits a metric into lines; NONE draws the scope's total alone. */
public enum SeriesSplit {
    NONE, CHANNEL, STORE, FRANCHISEE, REGION
}
