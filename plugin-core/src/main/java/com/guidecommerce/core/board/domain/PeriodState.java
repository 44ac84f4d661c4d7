package com.guidecommerce.core.board.domain;

/** A rank period is rebuilt while OPEN; once FROZEN it was built for the last time and is never written again. */
public enum PeriodState {
    OPEN, FROZEN
}
