package com.guidecommerce.core.board.service;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a leaderboard: rank (ties share one), subject, its code and name, and its value. */
public final class BoardEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rank;
    private final Long subjectId;
    private final String code;
    private final String name;
    private final BigDecimal value;

    public BoardEntry(int rank, Long subjectId, String code, String name, BigDecimal value) {
        this.rank = rank;
        this.subjectId = subjectId;
        this.code = code;
        this.name = name;
        this.value = value;
    }

    public int getRank() {
        return rank;
    }

    /** The guide's or store's id. */
    public Long getSubjectId() {
        return subjectId;
    }

    /** Guide code or store code; null when the subject no longer exists. */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }

    @Override
    public String toString() {
        return rank + ". " + subjectId + " " + value;
    }
}
